package org.kronika.api;

/**
 * A quantity stated in the text, in digits or words.
 *
 * @param value the number, with multipliers applied ("1,5 mln" → 1500000)
 * @param qualifier {@code =}, {@code >}, {@code >=}, {@code <}, {@code <=} or {@code ~} ("ponad
 *     tysiąc" → {@code >}, "przynajmniej pięć" → {@code >=}, "niecałe 300" → {@code <}, "ok." → {@code ~})
 * @param unit base form of the counted thing or unit ("kontener", "km", "dolar"); null when none
 */
public record Quantity(int start, int end, String text, double value, String qualifier, String unit) {
  public Span span() {
    return new Span(start, end);
  }
}
