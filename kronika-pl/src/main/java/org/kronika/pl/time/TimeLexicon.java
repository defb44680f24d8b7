package org.kronika.pl.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kronika.pl.number.PolishNumberParser;

/**
 * Word and phrase categories of the time rules, read from {@code lexicon.txt}-style resources
 * ({@code CATEGORY[*] value : form | form}). Lookups are case-insensitive; a form written with
 * diacritics also matches input written without any, and forms written in capitals (Roman
 * numerals) match only capitals. Immutable.
 */
final class TimeLexicon {

  /** One lexicon entry: {@code forms} is the token sequence of the phrase (one for a word). */
  record Entry(String cat, boolean ext, String value, String[] forms, boolean dot) {}

  /** An entry found at a token, covering {@code length} tokens. */
  record Hit(Entry entry, int length) {}

  private final Map<String, List<Entry>> exact = new HashMap<>();
  private final Map<String, List<Entry>> folded = new HashMap<>();
  private final Map<String, List<Entry>> upper = new HashMap<>();
  /** The first characters of the {@code upper} keys: a token starting otherwise has no entry there. */
  private final java.util.BitSet upperFirst = new java.util.BitSet();

  TimeLexicon(List<String> resources) {
    for (String res : resources) {
      load(res);
    }
  }

  private void load(String res) {
    try (InputStream in = TimeLexicon.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("time lexicon " + res + " missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int no = 0;
      for (String line; (line = r.readLine()) != null; ) {
        no++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(" : ");
        if (colon < 0) {
          throw new IllegalArgumentException(res + ":" + no + ": expected 'CAT value : forms'");
        }
        String[] head = line.substring(0, colon).trim().split("\\s+");
        String cat = head[0];
        boolean ext = cat.endsWith("*");
        if (ext) {
          cat = cat.substring(0, cat.length() - 1);
        }
        String value = head.length > 1 ? head[1] : "";
        for (String f : line.substring(colon + 3).split("\\|")) {
          addForm(cat, ext, value, f.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void addForm(String cat, boolean ext, String value, String form) {
    if (form.isEmpty()) {
      return;
    }
    boolean caps = form.equals(form.toUpperCase(Locale.ROOT)) && !form.equals(form.toLowerCase(Locale.ROOT));
    String[] parts = TimeTokenizer.tokenize(caps ? form : form.toLowerCase(Locale.ROOT)).stream()
        .map(t -> caps ? t.text() : t.lower()).toArray(String[]::new);
    boolean dot = parts.length > 1 && parts[parts.length - 1].equals(".");
    if (dot) {
      // a trailing abbreviation dot is optional in the input
      parts = java.util.Arrays.copyOf(parts, parts.length - 1);
    }
    Entry e = new Entry(cat, ext, value, parts, dot);
    if (caps) {
      upper.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(e);
      upperFirst.set(parts[0].charAt(0));
      return;
    }
    exact.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(e);
    String f = PolishNumberParser.fold(parts[0]);
    folded.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
  }

  /** All entries that start at token {@code i}, with the number of tokens each covers. */
  List<Hit> hits(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    if (t.kind() == 'd') {
      return List.of();
    }
    List<Entry> c1 = exact.get(t.lower());
    List<Entry> c2 = !t.diacritic() && c1 == null ? folded.get(t.fold()) : null;
    List<Entry> c3 = upperFirst.get(t.text().charAt(0)) ? upper.get(t.text()) : null;
    if (c1 == null && c2 == null && c3 == null) {
      return List.of();
    }
    List<Hit> out = new ArrayList<>(2);
    for (List<Entry> list : java.util.Arrays.asList(c1, c2, c3)) {
      if (list == null) {
        continue;
      }
      for (Entry e : list) {
        int len = matchRest(toks, i, e);
        if (len > 0) {
          out.add(new Hit(e, len));
        }
      }
    }
    return out;
  }

  private static int matchRest(List<Tok> toks, int i, Entry e) {
    String[] f = e.forms();
    int k = 1;
    for (; k < f.length; k++) {
      if (i + k >= toks.size()) {
        return 0;
      }
      Tok t = toks.get(i + k);
      if (!(t.lower().equals(f[k]) || !t.diacritic() && t.fold().equals(PolishNumberParser.fold(f[k])))) {
        return 0;
      }
      if (f[k].equals(".") && t.space()) {
        return 0;
      }
    }
    if (e.dot() && i + k < toks.size() && toks.get(i + k).lower().equals(".")
        && !toks.get(i + k).space()) {
      k++;
    }
    return k;
  }
}
