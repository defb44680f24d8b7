package org.kronika.pl.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.kronika.api.Reading;

/**
 * Every reading of a word: Morfologik's PoliMorf dictionary (the form as written, lowercased, and
 * capitalised-lowercased), readings learned from the training corpus for forms the dictionary
 * treats differently from UD (agglutinates such as {@code em}, {@code by}), and for the rest a
 * digit, punctuation or suffix guess. Never returns an empty list.
 *
 * <p>Immutable and thread-safe: Morfologik's {@link DictionaryLookup} keeps scratch buffers, so
 * callers get their own through {@link #newLookup()} (one per sentence or per thread).
 */
public final class MorphAnalyzer {
  /** Readings of one word and whether they came from a guess (out of vocabulary). */
  public record Result(List<Reading> readings, boolean guessed) {}

  private static final int MAX_GUESSES = 12;

  private final Dictionary dictionary;
  private final SuffixGuesser guesser;
  private final Map<String, List<Reading>> extra;
  private final Map<String, List<String>> expansions;

  public MorphAnalyzer(Dictionary dictionary, SuffixGuesser guesser, Map<String, List<Reading>> extra) {
    this(dictionary, guesser, extra, Map.of());
  }

  /**
   * @param expansions precomputed {@link TagExpander#expand} results for the dictionary's compound
   *     tags (others are expanded on the fly)
   */
  public MorphAnalyzer(
      Dictionary dictionary, SuffixGuesser guesser, Map<String, List<Reading>> extra, Map<String, List<String>> expansions) {
    this.dictionary = dictionary;
    this.guesser = guesser;
    this.extra = Map.copyOf(extra);
    this.expansions = Map.copyOf(expansions);
  }

  /** Reads a list of compound tags (one a line, gzip) and expands each. */
  public static Map<String, List<String>> readExpansions(java.io.InputStream raw) throws IOException {
    Map<String, List<String>> m = new java.util.HashMap<>();
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(raw), java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          m.put(line, List.copyOf(TagExpander.expand(line)));
        }
      }
    }
    return m;
  }

  public Map<String, List<String>> expansions() {
    return expansions;
  }

  /** The Polish dictionary shipped in {@code morfologik-polish}. */
  public static Dictionary polishDictionary() {
    URL url = morfologik.stemming.polish.PolishStemmer.class.getResource("/morfologik/stemming/polish/polish.dict");
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh, unshared lookup over the dictionary; not thread-safe itself. */
  public DictionaryLookup newLookup() {
    return new DictionaryLookup(dictionary);
  }

  /** Dictionary readings only (no guesses, no extras), atomic UD-style tags. */
  public List<Reading> lookupDictionary(DictionaryLookup lookup, String word) {
    return lookupDictionary(lookup, word, word.toLowerCase(Locale.ROOT));
  }

  private List<Reading> lookupDictionary(DictionaryLookup lookup, String word, String lower) {
    List<Reading> out = new ArrayList<>();
    addLookup(lookup, word, out);
    if (!lower.equals(word)) {
      addLookup(lookup, lower, out);
      if (lower.length() > 1) {
        String cap = lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        if (!cap.equals(word)) {
          addLookup(lookup, cap, out);
        }
      }
    }
    return out;
  }

  /** Adds the readings of one form that {@code out} does not have yet, in dictionary order. */
  private void addLookup(DictionaryLookup lookup, String w, List<Reading> out) {
    List<WordData> found;
    try {
      found = lookup.lookup(w);
    } catch (RuntimeException e) {
      return; // unencodable input (lone surrogates etc.): treat as unknown
    }
    for (WordData d : found) {
      CharSequence stem = d.getStem();
      CharSequence tag = d.getTag();
      if (stem == null || tag == null) {
        continue;
      }
      String lemma = stem.toString();
      String compound = tag.toString();
      List<String> atoms = expansions.get(compound);
      // the atoms of one compound tag are distinct: only readings of earlier entries can repeat them
      int before = out.size();
      for (String t : atoms != null ? atoms : TagExpander.expand(compound)) {
        if (!contains(out, before, lemma, t)) {
          out.add(new Reading(lemma, t));
        }
      }
    }
  }

  private static boolean contains(List<Reading> rs, int end, String lemma, String tag) {
    for (int k = 0; k < end; k++) {
      Reading r = rs.get(k);
      if (r.tag().equals(tag) && r.lemma().equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  public Result analyze(DictionaryLookup lookup, String word) {
    if (word.isEmpty()) {
      return new Result(List.of(new Reading(word, "ign")), true);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    List<Reading> extras = extra.get(lower);
    if (isNumber(word)) {
      return new Result(merge(List.of(new Reading(word, "dig")), extras), false);
    }
    if (isPunctuation(word)) {
      return new Result(merge(List.of(new Reading(word, "interp")), extras), false);
    }
    List<Reading> dict = lookupDictionary(lookup, word, lower);
    if (!dict.isEmpty()) {
      return new Result(merge(dict, extras), false);
    }
    if (extras != null) {
      return new Result(merge(List.of(), extras), false);
    }
    List<Reading> guessed = hasLetter(word) ? guesser.guess(word, MAX_GUESSES) : List.of();
    if (!guessed.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
      // names and acronyms are often uninflected or foreign: offer the form itself as lemma too
      Set<Reading> withSelf = new LinkedHashSet<>(guessed);
      for (Reading r : guessed) {
        withSelf.add(new Reading(word, r.tag()));
      }
      guessed = new ArrayList<>(withSelf);
    }
    if (guessed.isEmpty()) {
      guessed = List.of(new Reading(word, hasLetter(word) ? "ign" : "interp"));
    }
    return new Result(guessed, true);
  }

  private static List<Reading> merge(List<Reading> base, List<Reading> extras) {
    if (extras == null || extras.isEmpty()) {
      return base;
    }
    Set<Reading> s = new LinkedHashSet<>(base);
    s.addAll(extras);
    return new ArrayList<>(s);
  }

  static boolean isNumber(String w) {
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (".,:/-–".indexOf(c) < 0) {
        return false;
      }
    }
    return digit && Character.isDigit(w.charAt(0));
  }

  static boolean isPunctuation(String w) {
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
