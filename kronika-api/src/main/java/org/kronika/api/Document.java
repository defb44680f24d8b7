package org.kronika.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One input document before annotation.
 *
 * <p>{@code date} is a partial ISO-8601 value whose length is its granularity ({@code 2023-11} is
 * some day in November 2023), optionally with a clock time; null when unknown. {@code text} is the
 * exact string that every offset of every layer refers to.
 */
public record Document(
    String id,
    String lang,
    String date,
    String title,
    String url,
    Source source,
    Origin origin,
    String text) {

  public Document {
    Objects.requireNonNull(text, "text");
    if (source == null) {
      source = Source.UNKNOWN;
    }
    if (id == null || id.isBlank()) {
      id = contentHash(text);
    }
  }

  /** A stable id for a text: the first 16 hex digits of its SHA-256. */
  public static String contentHash(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] digest = md.digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }

  public Document withLang(String newLang) {
    return new Document(id, newLang, date, title, url, source, origin, text);
  }

  public Document withOrigin(Origin newOrigin) {
    return new Document(id, lang, date, title, url, source, newOrigin, text);
  }
}
