package org.kronika.api;

/**
 * Where a document came from: the input path as given and, for line-based input such as JSONL,
 * the 1-based line number (null otherwise).
 */
public record Origin(String path, Integer line) {
  public static Origin of(String path) {
    return new Origin(path, null);
  }
}
