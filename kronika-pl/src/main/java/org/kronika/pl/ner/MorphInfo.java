package org.kronika.pl.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import morfologik.stemming.IStemmer;
import morfologik.stemming.WordData;

/**
 * What the Morfologik dictionary says about one word form, reduced to what the name recogniser
 * uses: the possible lemmas, the set of parts of speech and cases, and whether the form (or its
 * lower-cased variant) is a known word with a common-noun or a proper-name lemma.
 *
 * <p>When a tagger has chosen a lemma and tag ({@code Token.lemma()/tag()}), {@link #ofChosen}
 * narrows the readings to that one, so the same features carry the tagger's decision.
 *
 * @param known the form as written is in the dictionary
 * @param knownLower only the lower-cased form is in the dictionary (e.g. a sentence-initial word)
 * @param lemmas distinct lemmas (as in the dictionary, case kept), at most a few
 * @param pos sorted, '+'-joined set of parts of speech ({@code adj+subst}), "" when unknown
 * @param cases sorted, '+'-joined set of cases, "" when none
 * @param properLemma some reading has a lemma starting with an upper-case letter
 * @param commonLemma some reading has a lemma starting with a lower-case letter
 */
public record MorphInfo(
    boolean known, boolean knownLower, List<String> lemmas, String pos, String cases,
    boolean properLemma, boolean commonLemma) {

  static final MorphInfo UNKNOWN = new MorphInfo(false, false, List.of(), "", "", false, false);
  private static final int MAX_LEMMAS = 4;

  public MorphInfo {
    lemmas = List.copyOf(lemmas);
  }

  /** Looks a word up; the stemmer is used by this thread only. */
  public static MorphInfo lookup(IStemmer stemmer, String word) {
    List<WordData> readings = stemmer.lookup(word);
    boolean known = !readings.isEmpty();
    boolean knownLower = false;
    if (!known && word.length() > 1 && isAllUpper(word)) {
      // headings and speaker labels: "URSZULA" reads as "Urszula"
      readings = stemmer.lookup(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
      known = !readings.isEmpty();
    }
    if (!known) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!lower.equals(word)) {
        readings = stemmer.lookup(lower);
        knownLower = !readings.isEmpty();
      }
    }
    if (readings.isEmpty()) {
      return UNKNOWN;
    }
    List<String> lemmas = new ArrayList<>(2);
    TreeSet<String> pos = new TreeSet<>();
    int cases = 0;
    boolean proper = false;
    boolean common = false;
    for (WordData wd : readings) {
      String lemma = wd.getStem().toString();
      if (lemmas.size() < MAX_LEMMAS && !lemmas.contains(lemma)) {
        lemmas.add(lemma);
      }
      if (!lemma.isEmpty()) {
        if (Character.isUpperCase(lemma.charAt(0))) {
          proper = true;
        } else {
          common = true;
        }
      }
      cases |= addTag(wd.getTag().toString(), pos);
    }
    return new MorphInfo(known, knownLower, lemmas, String.join("+", pos), CASE_SETS[cases],
        proper, common);
  }

  /** The cases in alphabetical order (the order of {@link #cases}), one bit each. */
  private static final String[] CASES = {"acc", "dat", "gen", "inst", "loc", "nom", "voc"};
  /** '+'-joined case set for each bit mask. */
  private static final String[] CASE_SETS = new String[1 << CASES.length];

  static {
    for (int m = 0; m < CASE_SETS.length; m++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < CASES.length; c++) {
        if ((m & (1 << c)) != 0) {
          sb.append(sb.length() == 0 ? "" : "+").append(CASES[c]);
        }
      }
      CASE_SETS[m] = sb.toString();
    }
  }

  /** Bit of a case name ({@code tags.substring(from, to)}), 0 when it is not a case. */
  private static int caseBit(String tags, int from, int to) {
    for (int c = 0; c < CASES.length; c++) {
      String name = CASES[c];
      if (name.length() == to - from && tags.startsWith(name, from)) {
        return 1 << c;
      }
    }
    return 0;
  }

  /**
   * Adds the parts of speech of '+'/'|'-joined tags ({@code subst:sg:nom.voc:f}) and returns the
   * bit mask of their cases ({@link #CASES}).
   */
  private static int addTag(String tags, TreeSet<String> pos) {
    int n = tags.length();
    int field = 0;
    int start = 0;
    int cases = 0;
    for (int i = 0; i <= n; i++) {
      char ch = i < n ? tags.charAt(i) : '+';
      if (ch != '+' && ch != '|' && ch != ':' && ch != '.') {
        continue;
      }
      if (i > start) {
        if (field == 0) {
          pos.add(tags.substring(start, i));
        } else {
          cases |= caseBit(tags, start, i);
        }
      }
      if (ch == '+' || ch == '|') {
        field = 0;
      } else if (ch == ':') {
        field++;
      }
      start = i + 1;
    }
    return cases;
  }

  /**
   * Shares equal values among many look-ups made in advance: an equal {@link MorphInfo} is
   * returned as the one already seen (most word forms share their reading summary with others
   * only through the part-of-speech and case strings, which are shared too). Used by one thread
   * while a table is built.
   */
  static final class Interner {
    private final Map<MorphInfo, MorphInfo> infos = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();

    MorphInfo intern(MorphInfo m) {
      MorphInfo seen = infos.get(m);
      if (seen != null) {
        return seen;
      }
      MorphInfo shared = new MorphInfo(m.known, m.knownLower, m.lemmas, string(m.pos),
          string(m.cases), m.properLemma, m.commonLemma);
      infos.put(shared, shared);
      return shared;
    }

    private String string(String s) {
      return strings.computeIfAbsent(s, x -> x);
    }
  }

  static boolean isAllUpper(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The analysis a tagger chose (lemma and NKJP tag), keeping the dictionary's knownness. */
  public static MorphInfo ofChosen(MorphInfo dictionary, String lemma, String tag) {
    TreeSet<String> pos = new TreeSet<>();
    TreeSet<String> cases = new TreeSet<>();
    addTag(tag, pos, cases);
    boolean proper = !lemma.isEmpty() && Character.isUpperCase(lemma.charAt(0));
    return new MorphInfo(dictionary.known, dictionary.knownLower, List.of(lemma),
        String.join("+", pos), String.join("+", cases), proper, !proper);
  }

  /** Adds the parts of speech and cases of '+'/'|'-joined tags ({@code subst:sg:nom.voc:f}). */
  static void addTag(String tags, TreeSet<String> pos, TreeSet<String> cases) {
    int mask = addTag(tags, pos);
    for (int c = 0; c < CASES.length; c++) {
      if ((mask & (1 << c)) != 0) {
        cases.add(CASES[c]);
      }
    }
  }
}
