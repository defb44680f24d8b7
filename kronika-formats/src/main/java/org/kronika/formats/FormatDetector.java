package org.kronika.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the format of an input from its first bytes, decoded, and (only as a tie-breaker) its
 * name.
 *
 * <table>
 *   <caption>FormatDetector</caption>
 *   <tr><th>requires</th><td>the start of the input ({@link DocumentReader} passes the first
 *       {@value DocumentReader#HEAD_BYTES} bytes) and whether it was cut there</td></tr>
 *   <tr><th>produces</th><td>{@code SEED} when, after optional white space, the text starts with
 *       a {@code date} header; {@code JSONL} when the first non-space character is {@code {} and
 *       one of the first complete lines parses as a JSON object; {@code HTML} on a doctype, an
 *       {@code <html} tag or many HTML tags; else {@code HTML}/{@code JSONL} for a {@code
 *       .html}/{@code .htm}/{@code .jsonl}/{@code .ndjson} name; else {@code TXT}</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class FormatDetector {
  private static final Pattern SEED = Pattern.compile("\\s*date[ \\t]+(?:unknown|\\d{4}[-\\d]*)(?=\\s|$)");
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(?:p|div|span|a|br|h[1-6]|body|head|article|section|ul|ol|li|table|img|meta|title|script"
              + "|style|link|main|nav|footer|header)(?:\\s[^>]*)?/?>",
          Pattern.CASE_INSENSITIVE);
  private static final int JSON_LINES_TO_TRY = 5;

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Detects the format.
   *
   * @param name the input's name (may be null); only its extension is used, and only when the
   *     content is not clearly one format
   * @param head the start of the input
   * @param truncated whether {@code head} is only the start, so that its last line may be cut
   * @return the format, never {@link InputFormat#AUTO}
   */
  public InputFormat detect(String name, String head, boolean truncated) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    if (SEED.matcher(text).lookingAt()) {
      return InputFormat.SEED;
    }
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{") && looksLikeJsonLines(trimmed, truncated)) {
      return InputFormat.JSONL;
    }
    if (looksLikeHtml(trimmed)) {
      return InputFormat.HTML;
    }
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return InputFormat.HTML;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return InputFormat.JSONL;
    }
    return InputFormat.TXT;
  }

  private boolean looksLikeJsonLines(String text, boolean truncated) {
    String[] lines = text.split("\n", -1);
    int complete = truncated ? lines.length - 1 : lines.length;
    if (complete == 0) {
      return true; // one line longer than the head, starting with '{': a big JSON record
    }
    int tried = 0;
    for (int i = 0; i < complete && tried < JSON_LINES_TO_TRY; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      tried++;
      try {
        JsonNode n = mapper.readTree(lines[i]);
        if (n != null && n.isObject()) {
          return true;
        }
      } catch (Exception e) {
        // not this line; try the next
      }
    }
    return false;
  }

  private static boolean looksLikeHtml(String trimmed) {
    String start = trimmed.substring(0, Math.min(trimmed.length(), 1024)).toLowerCase(Locale.ROOT);
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")) {
      return true;
    }
    Matcher m = HTML_TAG.matcher(trimmed);
    int tags = 0;
    while (m.find()) {
      tags++;
      if (tags >= 10 || (tags >= 3 && trimmed.startsWith("<"))) {
        return true;
      }
    }
    return false;
  }
}
