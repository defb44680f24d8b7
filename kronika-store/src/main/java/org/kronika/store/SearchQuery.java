package org.kronika.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parsed search query: clauses that must all match, each a single lemma or a phrase of lemmas
 * ({@code "Korea Północna"} in double quotes). The words are lemmatised with the same pipeline
 * that built the documents' lemma text, so {@code Koreą}, {@code Korei} and {@code Korea} are one
 * query word.
 */
public record SearchQuery(String text, List<List<String>> clauses) {
  public SearchQuery {
    clauses = clauses.stream().map(List::copyOf).toList();
  }

  /**
   * Parses a query. Text between double quotes is a phrase; other words are separate clauses. A
   * word the lemmatiser splits into several index words (e.g. {@code F-16}) is a phrase.
   *
   * @param lemmatizer text to one lemma (or surface form) per token
   * @throws IllegalArgumentException when the query has no searchable words
   */
  public static SearchQuery parse(String q, Function<String, List<String>> lemmatizer) {
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException("empty query");
    }
    if (q.length() > 1000) {
      throw new IllegalArgumentException("query longer than 1000 characters");
    }
    List<List<String>> clauses = new ArrayList<>();
    String[] parts = q.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isBlank()) {
        continue;
      }
      boolean phrase = i % 2 == 1;
      List<String> lemmas = lemmatizer.apply(part);
      if (phrase) {
        List<String> words = new ArrayList<>();
        for (String l : lemmas) {
          words.addAll(LemmaText.normalise(l));
        }
        if (!words.isEmpty()) {
          clauses.add(words);
        }
      } else {
        for (String l : lemmas) {
          List<String> words = LemmaText.normalise(l);
          if (!words.isEmpty()) {
            clauses.add(words);
          }
        }
      }
    }
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("query '" + q.strip() + "' has no words to search for");
    }
    return new SearchQuery(q, clauses);
  }

  /** The FTS5 MATCH expression: quoted phrases joined by AND. */
  public String fts5() {
    return clauses.stream().map(c -> "\"" + String.join(" ", c) + "\"").collect(Collectors.joining(" AND "));
  }

  /** The PostgreSQL tsquery text: lexemes joined by {@code <->} within a phrase, {@code &} between. */
  public String tsquery() {
    return clauses.stream()
        .map(c -> c.stream().map(w -> "'" + w + "'").collect(Collectors.joining(" <-> ")))
        .map(s -> "(" + s + ")")
        .collect(Collectors.joining(" & "));
  }

  /** A lemmatiser that only lower-cases and splits: for stores built without morphology. */
  public static List<String> surfaceForms(String text) {
    return LemmaText.normalise(text);
  }
}
