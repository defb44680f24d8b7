package org.kronika.api;

import java.util.List;

/**
 * A token with its character span and, once morphology has run, its chosen reading and all readings
 * the dictionary offered (ambiguity is kept, then resolved).
 *
 * @param lemma chosen base form, null before morphology
 * @param tag chosen NKJP tag, null before morphology
 * @param upos Universal Dependencies part of speech, null before morphology
 * @param readings every reading offered by the dictionary or the guesser; empty before morphology
 */
public record Token(int start, int end, String lemma, String tag, String upos, List<Reading> readings) {
  public Token {
    readings = readings == null ? List.of() : List.copyOf(readings);
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + "," + end + ")");
    }
  }

  public static Token of(int start, int end) {
    return new Token(start, end, null, null, null, List.of());
  }

  public Span span() {
    return new Span(start, end);
  }

  public String text(String documentText) {
    return documentText.substring(start, end);
  }

  public Token withAnalysis(String newLemma, String newTag, String newUpos, List<Reading> newReadings) {
    return new Token(start, end, newLemma, newTag, newUpos, newReadings);
  }
}
