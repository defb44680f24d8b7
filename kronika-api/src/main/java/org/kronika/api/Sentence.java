package org.kronika.api;

/**
 * A sentence: its character span and the half-open range {@code [firstToken, endToken)} of token
 * indices it covers.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
  public Span span() {
    return new Span(start, end);
  }
}
