package org.kronika.train.morph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.kronika.pl.morph.SuffixGuesser;

/**
 * Learns the {@link SuffixGuesser} table by walking every entry of Morfologik's Polish dictionary:
 * for each final suffix of 1–5 letters, counts (lemma rule, compound tag) pairs, and keeps the most
 * frequent ones for suffixes seen often enough.
 */
public final class SuffixGuesserBuilder {
  private final int minSuffixCount;
  private final int topRules;
  private final double minShare;

  public SuffixGuesserBuilder(int minSuffixCount, int topRules, double minShare) {
    this.minSuffixCount = minSuffixCount;
    this.topRules = topRules;
    this.minShare = minShare;
  }

  public void build(Dictionary dict, OutputStream raw) throws IOException {
    Map<String, Map<String, int[]>> proper = new HashMap<>();
    Map<String, Map<String, int[]>> common = new HashMap<>();
    long n = 0;
    for (WordData d : new DictionaryLookup(dict)) {
      String form = d.getWord().toString();
      String lemma = d.getStem().toString();
      String tag = d.getTag().toString();
      n++;
      String fl = form.toLowerCase(Locale.ROOT);
      boolean cap = !lemma.isEmpty() && Character.isUpperCase(lemma.codePointAt(0));
      String ll = lemma.toLowerCase(Locale.ROOT);
      int lcp = 0;
      while (lcp < fl.length() && lcp < ll.length() && fl.charAt(lcp) == ll.charAt(lcp)) {
        lcp++;
      }
      String rule = (fl.length() - lcp) + "," + ll.substring(lcp) + "," + tag;
      if (rule.indexOf('\t') >= 0) {
        continue;
      }
      Map<String, Map<String, int[]>> table = cap ? proper : common;
      for (int k = 1; k <= SuffixGuesser.MAX_SUFFIX && k <= fl.length(); k++) {
        String suf = fl.substring(fl.length() - k);
        table.computeIfAbsent(suf, x -> new HashMap<>()).computeIfAbsent(rule, x -> new int[1])[0]++;
      }
    }
    System.err.println("guesser: " + n + " dictionary entries, " + proper.size() + " proper and " + common.size() + " common suffixes");
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8))) {
      w.write("# kronika suffix guesser: learned from morfologik-polish 2.1.9 (PoliMorf, BSD) by TaggerTrainer guesser\n");
      int kept = write(w, "U", proper) + write(w, "L", common);
      System.err.println("guesser: kept " + kept + " suffixes");
    }
  }

  private int write(BufferedWriter w, String kind, Map<String, Map<String, int[]>> table) throws IOException {
    int kept = 0;
    for (Map.Entry<String, Map<String, int[]>> e : new TreeMap<>(table).entrySet()) {
      int total = 0;
      for (int[] c : e.getValue().values()) {
        total += c[0];
      }
      if (total < minSuffixCount && e.getKey().length() > 1) {
        continue;
      }
      List<Map.Entry<String, int[]>> rules = new ArrayList<>(e.getValue().entrySet());
      rules.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0] : a.getKey().compareTo(b.getKey()));
      StringBuilder sb = new StringBuilder(kind).append('\t').append(e.getKey());
      int k = 0;
      for (Map.Entry<String, int[]> r : rules) {
        if (k >= topRules || (k > 0 && r.getValue()[0] < minShare * total)) {
          break;
        }
        sb.append('\t').append(r.getKey().replace("\t", " ")).append(',').append(r.getValue()[0]);
        k++;
      }
      w.write(sb.append('\n').toString());
      kept++;
    }
    return kept;
  }
}
