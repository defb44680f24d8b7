package org.kronika.formats;

import java.util.Objects;
import org.kronika.api.Document;
import org.kronika.api.Origin;

/**
 * The outcome of reading one document: a {@link Document}, or a one-line reason why an input (or
 * one JSONL line of it) could not be read. A failure never stops the rest of a batch.
 */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Failed {

  /** A document that was read. */
  record Ok(Document document) implements ReadResult {
    public Ok {
      Objects.requireNonNull(document, "document");
    }
  }

  /**
   * An input that could not be read.
   *
   * @param where the input as given, {@code path} or {@code path:line} for a JSONL line
   * @param message what is wrong, one line, no trailing period
   */
  record Failed(String where, String message) implements ReadResult {
    public Failed {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(message, "message");
      message = oneLine(message);
    }

    /** A failure located at an origin: {@code path}, or {@code path:line} when it has a line. */
    public static Failed at(Origin origin, String message) {
      String where = origin.line() == null ? origin.path() : origin.path() + ":" + origin.line();
      return new Failed(where, message);
    }

    /** {@code where: message}, ready to print as one line. */
    @Override
    public String toString() {
      return where + ": " + message;
    }

    private static String oneLine(String s) {
      String flat = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
      return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }
  }
}
