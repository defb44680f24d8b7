package org.kronika.flink;

import java.util.Objects;

/**
 * One annotated document as it leaves the job: its id (the Kafka key, so a consumer can dedupe)
 * and its contract JSON ({@code kronika/1}, one line, byte for byte what {@code kronika extract
 * --format jsonl} prints). A Flink POJO.
 */
public final class Contract {
  public String id;
  public String json;

  public Contract() {}

  public Contract(String id, String json) {
    this.id = id;
    this.json = json;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contract c && Objects.equals(id, c.id) && Objects.equals(json, c.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, json);
  }

  @Override
  public String toString() {
    return id;
  }
}
