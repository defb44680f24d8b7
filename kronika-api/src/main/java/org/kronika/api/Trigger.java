package org.kronika.api;

/** The word or phrase that expresses an event, with its base form. */
public record Trigger(int start, int end, String text, String lemma) {
  public Span span() {
    return new Span(start, end);
  }
}
