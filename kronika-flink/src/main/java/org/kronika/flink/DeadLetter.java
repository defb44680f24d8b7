package org.kronika.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A record the job could not turn into a stored document, with the reason: unreadable input
 * (malformed JSON, no text, binary junk), a failing annotator, or data the store rejects. Written
 * to the dead-letter topic or directory as one JSON line: {@code {"where", "stage", "reason",
 * "input"}}; {@code input} is the record as text (at most {@value #MAX_INPUT_CHARS} characters), or
 * {@code "base64:…"} when it is not UTF-8 text. A Flink POJO.
 */
public final class DeadLetter {
  static final int MAX_INPUT_CHARS = 4096;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** {@code path:line} or {@code kafka:topic/partition@offset}: also the Kafka key, to dedupe. */
  public String where;
  /** {@code read}, {@code annotate} or {@code store}. */
  public String stage;
  public String reason;
  public String input;

  public DeadLetter() {}

  public DeadLetter(String where, String stage, String reason, String input) {
    this.where = where;
    this.stage = stage;
    this.reason = reason;
    this.input = input;
  }

  static DeadLetter of(RawInput in, String stage, String reason) {
    return new DeadLetter(in.where(), stage, reason, preview(in.bytes));
  }

  /** The input as text when it is valid UTF-8 without NUL bytes, else base64; both cut to a size. */
  static String preview(byte[] b) {
    if (b == null) {
      return null;
    }
    String s = new String(b, StandardCharsets.UTF_8);
    boolean text = s.indexOf('\uFFFD') < 0 && s.indexOf('\0') < 0;
    if (text) {
      return s.length() <= MAX_INPUT_CHARS ? s : s.substring(0, MAX_INPUT_CHARS);
    }
    byte[] cut = b.length <= MAX_INPUT_CHARS ? b : java.util.Arrays.copyOf(b, MAX_INPUT_CHARS);
    return "base64:" + Base64.getEncoder().encodeToString(cut);
  }

  public String toJson() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("where", where);
    o.put("stage", stage);
    o.put("reason", reason);
    o.put("input", input);
    return o.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeadLetter d && Objects.equals(where, d.where) && Objects.equals(stage, d.stage)
        && Objects.equals(reason, d.reason) && Objects.equals(input, d.input);
  }

  @Override
  public int hashCode() {
    return Objects.hash(where, stage, reason);
  }

  @Override
  public String toString() {
    return where + ": " + reason;
  }
}
