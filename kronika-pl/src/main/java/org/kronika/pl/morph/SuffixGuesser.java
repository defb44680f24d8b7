package org.kronika.pl.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.kronika.api.Reading;

/**
 * Guesses readings for words the dictionary does not know, from their last letters. The table is
 * learned offline from the Morfologik dictionary itself ({@code TaggerTrainer}): for each final
 * suffix (1 to 5 letters) the most frequent (lemma rule, tag) pairs, where a lemma rule strips
 * {@code k} letters and appends a string. Two tables: one learned from proper names (capitalised
 * lemmas), used for capitalised words, and one from common words. Immutable and thread-safe.
 *
 * <p>Resource format (UTF-8, gzip): {@code U|L <tab> suffix <tab> strip,append,tag,count ...}.
 */
public final class SuffixGuesser {
  /** One guess rule: strip this many letters, append a string, give this atomic tag. */
  public record Rule(int strip, String append, String tag, int count) {}

  public static final int MAX_SUFFIX = 5;

  private final Map<String, Rule[]> proper;
  private final Map<String, Rule[]> common;
  /** {@link TagExpander#expand} of every rule's tag, worked out once at load. */
  private final Map<String, List<String>> atoms;

  public SuffixGuesser(Map<String, Rule[]> proper, Map<String, Rule[]> common) {
    this.proper = Map.copyOf(proper);
    this.common = Map.copyOf(common);
    Map<String, List<String>> a = new HashMap<>();
    for (Map<String, Rule[]> table : List.of(proper, common)) {
      for (Rule[] rules : table.values()) {
        for (Rule r : rules) {
          a.computeIfAbsent(r.tag(), t -> List.copyOf(TagExpander.expand(t)));
        }
      }
    }
    this.atoms = Map.copyOf(a);
  }

  public static SuffixGuesser read(InputStream raw) throws IOException {
    Map<String, Rule[]> proper = new HashMap<>();
    Map<String, Rule[]> common = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        Rule[] rules = new Rule[c.length - 2];
        for (int i = 2; i < c.length; i++) {
          String[] r = c[i].split(",", 4);
          rules[i - 2] = new Rule(Integer.parseInt(r[0]), r[1], r[2], Integer.parseInt(r[3]));
        }
        (c[0].equals("U") ? proper : common).put(c[1], rules);
      }
    }
    return new SuffixGuesser(proper, common);
  }

  /** Readings for an unknown word; never empty for a word with at least one letter. */
  public List<Reading> guess(String word, int maxReadings) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean cap = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    Rule[] rules = lookup(cap ? proper : common, lower);
    if (rules == null) {
      rules = lookup(cap ? common : proper, lower);
    }
    List<Reading> out = new ArrayList<>();
    if (rules == null) {
      return out;
    }
    String base = cap ? word : lower;
    for (Rule r : rules) {
      if (r.strip() > base.length()) {
        continue;
      }
      String lemma = base.substring(0, base.length() - r.strip()) + r.append();
      for (String t : atoms.get(r.tag())) {
        Reading rd = new Reading(lemma, t);
        if (!out.contains(rd)) {
          out.add(rd);
        }
        if (out.size() >= maxReadings) {
          return out;
        }
      }
    }
    return out;
  }

  private static Rule[] lookup(Map<String, Rule[]> table, String lower) {
    for (int k = Math.min(MAX_SUFFIX, lower.length()); k >= 1; k--) {
      Rule[] r = table.get(lower.substring(lower.length() - k));
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  public int size() {
    return proper.size() + common.size();
  }
}
