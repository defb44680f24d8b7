package org.kronika.flink;

import java.util.Arrays;
import java.util.Objects;

/**
 * One raw input record before parsing: the bytes of one JSONL line (a file line or a Kafka record
 * value) and where it came from. A Flink POJO, so it crosses operators without Kryo.
 */
public final class RawInput {
  /** The input's path ({@code /dir/a.jsonl}) or Kafka position ({@code kafka:topic/partition@offset}). */
  public String path;
  /** 1-based line number in a file; null for Kafka records. */
  public Integer line;
  /** The raw bytes; null for a Kafka tombstone. */
  public byte[] bytes;

  public RawInput() {}

  public RawInput(String path, Integer line, byte[] bytes) {
    this.path = path;
    this.line = line;
    this.bytes = bytes;
  }

  /** {@code path:line}, or the path alone, as {@code kronika extract} reports a failure. */
  public String where() {
    return line == null ? path : path + ":" + line;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawInput r && Objects.equals(path, r.path) && Objects.equals(line, r.line)
        && Arrays.equals(bytes, r.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, line) * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return where() + " (" + (bytes == null ? "null" : bytes.length + " bytes") + ")";
  }
}
