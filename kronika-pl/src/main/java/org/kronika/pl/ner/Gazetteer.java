package org.kronika.pl.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Name lists matched against token sequences, tolerant to Polish inflection.
 *
 * <p>Resource format (compiled at train time by {@code org.kronika.train.ner.GazetteerCompiler}):
 * one entry a line, {@code category TAB keys(word1) TAB keys(word2) …}, where {@code keys(w)} is
 * the '|'-joined set of lower-cased forms that word may take: the form itself and its dictionary
 * lemmas. A token matches an entry word when the token's {@link #keys keys} (its lower-cased form,
 * its lemmas and crude case-ending strips for unknown foreign names) share one with the word.
 * "Korei Północnej" thus matches the entry "Korea Północna", and "polskich" (lemma "polski") the
 * entry "Polska".
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Gazetteer {
  /** One name: its category and, per word, the keys it may match. */
  public record Entry(String category, List<Set<String>> words) {}

  private static final String[] ENDINGS = {
    "owi", "ami", "ach", "om", "em", "ie", "ów", "a", "u", "y", "ę", "ą", "i", "e"
  };

  private final Map<String, List<Entry>> byFirstKey;
  private final int size;

  public Gazetteer(Collection<Entry> entries) {
    Map<String, List<Entry>> m = new HashMap<>();
    for (Entry e : entries) {
      for (String k : e.words().get(0)) {
        m.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
      }
    }
    this.byFirstKey = m;
    this.size = entries.size();
  }

  public static Gazetteer empty() {
    return new Gazetteer(List.of());
  }

  public int size() {
    return size;
  }

  public static Gazetteer read(InputStream in) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
      Map<String, String> interned = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        List<Set<String>> words = new ArrayList<>(f.length - 1);
        for (int i = 1; i < f.length; i++) {
          Set<String> keys = new LinkedHashSet<>();
          for (String k : f[i].split("\\|")) {
            keys.add(interned.computeIfAbsent(k, x -> x));
          }
          words.add(Set.copyOf(keys));
        }
        entries.add(new Entry(interned.computeIfAbsent(f[0], x -> x), List.copyOf(words)));
      }
    }
    return new Gazetteer(entries);
  }

  /** The lookup keys of a token: lower-cased form, lower-cased lemmas and ending strips. */
  public static Set<String> keys(String word, List<String> lemmas) {
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> keys = new LinkedHashSet<>(6);
    keys.add(lower);
    for (String l : lemmas) {
      keys.add(l.toLowerCase(Locale.ROOT));
    }
    if (lemmas.isEmpty() && lower.length() > 4) {
      for (String end : ENDINGS) {
        if (lower.endsWith(end)) {
          String base = lower.substring(0, lower.length() - end.length());
          keys.add(base);
          if (!end.equals("a")) {
            keys.add(base + "a");
          }
          break;
        }
      }
    }
    return keys;
  }

  /**
   * Matches all entries against a sentence. For each category the longest match wins at each start
   * position; a match must begin with a token that starts with an upper-case letter or digit.
   *
   * @return per token, the features {@code B|category} / {@code I|category} of the matches it is in
   */
  public List<List<String>> match(List<String> words, List<Set<String>> tokenKeys) {
    int n = words.size();
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>(0));
    }
    if (size == 0) {
      return out;
    }
    for (int i = 0; i < n; i++) {
      String w = words.get(i);
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        continue;
      }
      Map<String, Integer> longest = new HashMap<>(4);
      for (String k : tokenKeys.get(i)) {
        List<Entry> cands = byFirstKey.get(k);
        if (cands == null) {
          continue;
        }
        for (Entry e : cands) {
          int len = e.words().size();
          if (i + len > n || len <= longest.getOrDefault(e.category(), 0)) {
            continue;
          }
          boolean ok = true;
          for (int j = 1; j < len && ok; j++) {
            ok = intersects(tokenKeys.get(i + j), e.words().get(j));
          }
          if (ok) {
            longest.put(e.category(), len);
          }
        }
      }
      for (Map.Entry<String, Integer> m : longest.entrySet()) {
        out.get(i).add("B|" + m.getKey());
        for (int j = 1; j < m.getValue(); j++) {
          out.get(i + j).add("I|" + m.getKey());
        }
      }
    }
    return out;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> big = small == a ? b : a;
    for (String s : small) {
      if (big.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
