package org.kronika.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable, namespaced configuration: keys look like {@code ner.model}. {@link #scoped} gives the
 * view of one annotator's options.
 */
public final class Config {
  private final Map<String, String> values;

  private Config(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static Config empty() {
    return new Config(Map.of());
  }

  public static Config of(Map<String, String> values) {
    return new Config(values);
  }

  public Config with(String key, String value) {
    Map<String, String> m = new TreeMap<>(values);
    m.put(key, value);
    return new Config(m);
  }

  /** Options under {@code prefix.}, with the prefix removed. */
  public Config scoped(String prefix) {
    Map<String, String> m = new TreeMap<>();
    String p = prefix + ".";
    values.forEach((k, v) -> {
      if (k.startsWith(p)) {
        m.put(k.substring(p.length()), v);
      }
    });
    return new Config(m);
  }

  public String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  public int getInt(String key, int fallback) {
    String v = values.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + key + " must be an integer, got '" + v + "'", e);
    }
  }

  public Map<String, String> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
