package org.kronika.formats;

import java.util.Locale;

/**
 * The input formats {@link DocumentReader} understands. {@link #AUTO} asks the reader to decide
 * from the content (see {@link FormatDetector}); the others force one format.
 */
public enum InputFormat {
  AUTO,
  /** {@code date YYYY[-MM[-DD]]|unknown} header, title on the rest of the line, body, byline. */
  SEED,
  /** Plain text: the whole file is the document. */
  TXT,
  /** An HTML page: metadata from meta tags, main text by boilerplate removal. */
  HTML,
  /** One JSON object per line: {@code id, date, title, text, url, source, lang}. */
  JSONL;

  /** Parses a command-line name ({@code seed}, {@code txt}, {@code html}, {@code jsonl}, {@code auto}). */
  public static InputFormat parse(String name) {
    if (name != null) {
      for (InputFormat f : values()) {
        if (f.name().equalsIgnoreCase(name.strip())) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown input format '" + name + "'; expected one of auto, seed, txt, html, jsonl");
  }

  /** The command-line name: lower case. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
