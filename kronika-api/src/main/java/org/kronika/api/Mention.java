package org.kronika.api;

/**
 * One mention of an entity in the text.
 *
 * @param form how the mention relates to its entity: {@code name} (a proper name), {@code adj}
 *     (a relational adjective such as "rosyjskich"), {@code metonym} (a capital or institution
 *     standing for a state), {@code alias} (an abbreviation or short form)
 */
public record Mention(int start, int end, String text, String form) {
  public Span span() {
    return new Span(start, end);
  }
}
