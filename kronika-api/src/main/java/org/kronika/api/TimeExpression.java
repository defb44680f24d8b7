package org.kronika.api;

/**
 * A time expression and its normalised value.
 *
 * @param kind {@code date}, {@code time} (clock time), {@code duration} or {@code set}
 * @param value ISO 8601 value at the granularity the text supports ({@code 2023-10},
 *     {@code 2023-W45}, {@code 2023-08/2023-11}, {@code P3D}); null when it cannot be resolved
 * @param granularity the unit of {@code value}: {@code century}, {@code decade}, {@code year},
 *     {@code quarter}, {@code month}, {@code week}, {@code day}, {@code hour}, {@code minute},
 *     {@code second}; null when unresolved
 * @param mod an optional modifier: {@code start}, {@code mid}, {@code end}, {@code approx},
 *     {@code weekday} (a weekday the document date cannot pin down); null when none
 * @param anchor what the value was resolved against: {@code absolute}, {@code document},
 *     {@code story} (an earlier time in the text) or {@code none}
 */
public record TimeExpression(
    int start, int end, String text, String kind, String value, String granularity, String mod,
    String anchor) {

  public Span span() {
    return new Span(start, end);
  }
}
