package org.kronika.pl.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kronika.api.Reading;

/**
 * Features of one candidate reading in its sentence, shared by training and tagging. The tag is
 * decomposed into its attributes (class, case, number, gender, …) so that 35k training words are
 * enough: most features pair one attribute of the candidate with one thing in the context (the
 * readings already chosen to the left, the words and the classes possible to the right).
 *
 * <p>Each feature is a template number and up to four string parts. Training sees them as strings
 * ({@link StringSink}); tagging only combines precomputed part hashes ({@link FeatureHash}) and
 * never builds a string.
 */
public final class TaggerFeatures {
  private TaggerFeatures() {}

  /** Receives features: a template number and its parts, each as a string and its hash. */
  public interface Sink {
    void f(int t);

    void f(int t, String a, long ha);

    void f(int t, String a, long ha, String b, long hb);

    void f(int t, String a, long ha, String b, long hb, String c, long hc);

    void f(int t, String a, long ha, String b, long hb, String c, long hc, String d, long hd);
  }

  /** Writes features as strings, for OpenNLP training events. */
  public static final class StringSink implements Sink {
    private final List<String> out = new ArrayList<>(64);
    private static final String S = String.valueOf(FeatureHash.SEP);

    public String[] toArray() {
      return out.toArray(new String[0]);
    }

    @Override
    public void f(int t) {
      out.add(Integer.toString(t));
    }

    @Override
    public void f(int t, String a, long ha) {
      out.add(t + S + a);
    }

    @Override
    public void f(int t, String a, long ha, String b, long hb) {
      out.add(t + S + a + S + b);
    }

    @Override
    public void f(int t, String a, long ha, String b, long hb, String c, long hc) {
      out.add(t + S + a + S + b + S + c);
    }

    @Override
    public void f(int t, String a, long ha, String b, long hb, String c, long hc, String d, long hd) {
      out.add(t + S + a + S + b + S + c + S + d);
    }
  }

  /**
   * Sums the weights of features by hash, for tagging. The hashes are gathered first and looked up
   * together in {@link #reset}, in the order they came, so the weight-table probes (cache misses,
   * mostly) overlap instead of waiting for each other; the sum is the same as adding them one by
   * one. Not thread-safe; one per call.
   */
  public static final class ScoreSink implements Sink {
    private static final long[] START = new long[64];

    static {
      for (int t = 0; t < START.length; t++) {
        START[t] = FeatureHash.start(t);
      }
    }

    private static final int MEMO_MASK = (1 << 11) - 1;

    private final LinearScorer scorer;
    private final long[] memoKeys = new long[MEMO_MASK + 1];
    private final double[] memoWeights = new double[MEMO_MASK + 1];
    private long[] hashes = new long[64];
    private int n;
    private double sum;

    public ScoreSink(LinearScorer scorer) {
      this.scorer = scorer;
    }

    /** Starts the next sum from {@code prefix}: the sum of the features that came before. */
    public void start(double prefix) {
      sum = prefix;
    }

    /** The sum of the weights since the last reset (or the prefix given to {@link #start}), and clears it. */
    public double reset() {
      double s = sum;
      long[] hs = hashes;
      for (int k = 0; k < n; k++) {
        s += weight(hs[k]);
      }
      n = 0;
      sum = 0;
      return s;
    }

    /**
     * The scorer's weight of a feature hash, through a small direct-mapped memo of the hashes seen
     * lately: the features frequent in a document (the bias, the class pairs, …) then cost an L1
     * read instead of a probe of the large table. Keys are stored whole, so a hit is exact.
     */
    private double weight(long h) {
      long k = h == 0 ? 1 : h; // LinearScorer keys 0 as 1: the same weight either way
      int slot = (int) (k ^ (k >>> 32)) & MEMO_MASK;
      if (memoKeys[slot] == k) {
        return memoWeights[slot];
      }
      double w = scorer.weight(k);
      memoKeys[slot] = k;
      memoWeights[slot] = w;
      return w;
    }

    private void add(long h) {
      if (n == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, n * 2);
      }
      hashes[n++] = h;
    }

    private static long start(int t) {
      return t < START.length ? START[t] : FeatureHash.start(t);
    }

    @Override
    public void f(int t) {
      add(start(t));
    }

    @Override
    public void f(int t, String a, long ha) {
      add(FeatureHash.add(start(t), ha));
    }

    @Override
    public void f(int t, String a, long ha, String b, long hb) {
      add(FeatureHash.add(FeatureHash.add(start(t), ha), hb));
    }

    @Override
    public void f(int t, String a, long ha, String b, long hb, String c, long hc) {
      add(FeatureHash.add(FeatureHash.add(FeatureHash.add(start(t), ha), hb), hc));
    }

    @Override
    public void f(int t, String a, long ha, String b, long hb, String c, long hc, String d, long hd) {
      add(FeatureHash.add(FeatureHash.add(FeatureHash.add(FeatureHash.add(start(t), ha), hb), hc), hd));
    }
  }

  /** A string with its precomputed hash. */
  record P(String s, long h) {
    static P of(String s) {
      return new P(s, FeatureHash.of(s));
    }
  }

  private static final P BOS = P.of("^");
  private static final P EOS = P.of("$");
  private static final P TRUE = P.of("T");
  private static final P FALSE = P.of("F");
  private static final P SAME = P.of("same");
  private static final P DIFF = P.of("diff");
  private static final P NONE = P.of("none");
  private static final P CASE_ONLY = P.of("C");
  private static final P CNG = P.of("CNG");
  private static final P[] DIST = {P.of("0"), P.of("1"), P.of("2"), P.of("3")};
  private static final P[] AGR = new P[8];
  private static final P[] SHAPES = {P.of("e"), P.of("AA"), P.of("Aa"), P.of("9"), P.of("a"), P.of("p")};
  private static final P[] SHAPES_FIRST = {P.of("e^"), P.of("AA^"), P.of("Aa^"), P.of("9^"), P.of("a^"), P.of("p^")};

  static {
    for (int k = 0; k < 8; k++) {
      AGR[k] = P.of(((k & 4) != 0 ? "C" : "c") + ((k & 2) != 0 ? "N" : "n") + ((k & 1) != 0 ? "G" : "g"));
    }
  }

  private static P bool(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** An atomic tag parsed, with the hashes of its parts; immutable, shareable between threads. */
  public static final class TagParts {
    final MorphTag tag;
    final P tagP;
    final P pos;
    final P kase;
    final P number;
    final P gender;
    final P degree;
    final P aspect;
    final P person;
    /** A preposition: the left context looks back for one. */
    final boolean prep;
    /** A class the look-back for a preposition stops at. */
    final boolean endsPrepSearch;

    public TagParts(String atomicTag) {
      this.tag = MorphTag.parse(atomicTag);
      this.tagP = P.of(atomicTag);
      this.pos = P.of(tag.pos());
      this.kase = P.of(tag.kase());
      this.number = P.of(tag.number());
      this.gender = P.of(tag.gender());
      this.degree = P.of(tag.degree());
      this.aspect = P.of(tag.aspect());
      this.person = P.of(tag.person());
      String pc = tag.pos();
      this.prep = pc.equals("prep");
      this.endsPrepSearch = tag.isNominal() || pc.equals("interp") || pc.equals("fin") || pc.equals("praet");
    }
  }

  /** A candidate reading with its parsed tag and the hashes of its parts. */
  public static final class Cand {
    final Reading reading;
    final MorphTag tag;
    final boolean lemmaCap;
    final P tagP;
    final P pos;
    final P kase;
    final P number;
    final P gender;
    final P degree;
    final P aspect;
    final P person;
    final boolean prep;
    final boolean endsPrepSearch;
    final P lemmaLower;

    private Cand(Reading r, TagParts tp, P lemmaLower) {
      this.reading = r;
      this.tag = tp.tag;
      String l = r.lemma();
      this.lemmaCap = !l.isEmpty() && Character.isUpperCase(l.codePointAt(0));
      this.tagP = tp.tagP;
      this.pos = tp.pos;
      this.kase = tp.kase;
      this.number = tp.number;
      this.gender = tp.gender;
      this.degree = tp.degree;
      this.aspect = tp.aspect;
      this.person = tp.person;
      this.prep = tp.prep;
      this.endsPrepSearch = tp.endsPrepSearch;
      this.lemmaLower = lemmaLower;
    }

    public static Cand of(Reading r) {
      return new Cand(r, new TagParts(r.tag()), lemmaLower(r.lemma()));
    }

    /** Uses the precomputed parts of the tag when {@code known} has them. */
    public static Cand of(Reading r, java.util.Map<String, TagParts> known) {
      return of(r, known, null);
    }

    /**
     * As {@link #of(Reading, java.util.Map)}, sharing the lemma's parts with {@code previous} (a
     * candidate of the same word, often of the same lemma) when the lemmas are equal.
     */
    static Cand of(Reading r, java.util.Map<String, TagParts> known, Cand previous) {
      TagParts tp = known.get(r.tag());
      P ll = previous != null && previous.reading.lemma().equals(r.lemma())
          ? previous.lemmaLower
          : lemmaLower(r.lemma());
      return new Cand(r, tp != null ? tp : new TagParts(r.tag()), ll);
    }

    private static P lemmaLower(String lemma) {
      return P.of(lemma.toLowerCase(Locale.ROOT));
    }

    public Reading reading() {
      return reading;
    }

    public MorphTag tag() {
      return tag;
    }
  }

  /**
   * One word form with its candidates and the feature parts that depend on the form alone, so a
   * form met again (in the same document) is worked out once. Immutable.
   */
  public static final class Word {
    final String form;
    final P lower;
    final P suf3;
    final P suf2;
    final P posSet;
    final int shape;
    final List<Cand> cands;
    final boolean guessed;

    public Word(String form, List<Cand> cands, boolean guessed) {
      this.form = form;
      this.cands = List.copyOf(cands);
      this.guessed = guessed;
      String lw = form.toLowerCase(Locale.ROOT);
      this.lower = P.of(lw);
      this.suf3 = P.of(lw.length() <= 3 ? lw : lw.substring(lw.length() - 3));
      this.suf2 = P.of(lw.length() <= 2 ? lw : lw.substring(lw.length() - 2));
      this.posSet = P.of(posSet(cands));
      this.shape = shape(form);
    }

    public List<Cand> cands() {
      return cands;
    }

    public boolean guessed() {
      return guessed;
    }
  }

  /** A sentence being tagged: its words, every word's candidates and per-word feature parts. */
  public static final class Sent {
    final String[] words;
    final P[] lower;
    final P[] suf3;
    final P[] suf2;
    final P[] posSet;
    final int[] shape;
    final Word[] ws;
    final boolean[] guessed;

    public Sent(Word[] ws) {
      int n = ws.length;
      this.ws = ws;
      this.words = new String[n];
      this.lower = new P[n];
      this.suf3 = new P[n];
      this.suf2 = new P[n];
      this.posSet = new P[n];
      this.shape = new int[n];
      this.guessed = new boolean[n];
      for (int i = 0; i < n; i++) {
        Word w = ws[i];
        words[i] = w.form;
        lower[i] = w.lower;
        suf3[i] = w.suf3;
        suf2[i] = w.suf2;
        posSet[i] = w.posSet;
        shape[i] = w.shape;
        guessed[i] = w.guessed;
      }
    }

    public int size() {
      return words.length;
    }

    public List<Cand> cands(int i) {
      return ws[i].cands;
    }
  }

  /** The sorted, distinct tag classes of a word's candidates, comma-separated. */
  static String posSet(List<Cand> cs) {
    if (cs.size() == 1) {
      return cs.get(0).tag.pos();
    }
    String[] ps = new String[cs.size()];
    int n = 0;
    outer:
    for (Cand c : cs) {
      String p = c.tag.pos();
      for (int k = 0; k < n; k++) {
        if (ps[k].equals(p)) {
          continue outer;
        }
      }
      ps[n++] = p;
    }
    java.util.Arrays.sort(ps, 0, n);
    return n == 1 ? ps[0] : String.join(",", java.util.Arrays.asList(ps).subList(0, n));
  }

  private static int shape(String w) {
    if (w.isEmpty()) {
      return 0;
    }
    int cp = w.codePointAt(0);
    if (Character.isUpperCase(cp)) {
      for (int i = 0; i < w.length(); i++) {
        if (Character.isLowerCase(w.charAt(i))) {
          return 2;
        }
      }
      return 1;
    }
    if (Character.isDigit(cp)) {
      return 3;
    }
    return Character.isLetter(cp) ? 4 : 5;
  }

  /** Features of candidate {@code c} of word {@code i}, given the readings chosen before it. */
  public static void features(Sent s, int i, Cand c, Cand[] chosen, Sink o) {
    wordFeatures(s, i, c, o);
    contextFeatures(s, i, c, chosen, o);
  }

  /**
   * The first features of {@link #features}: those of the candidate and its own word only, the
   * same wherever the form occurs except at the start of a sentence ({@code i == 0}).
   */
  static void wordFeatures(Sent s, int i, Cand c, Sink o) {
    P p = c.pos;
    P w = s.lower[i];
    o.f(0);
    o.f(1, c.tagP.s, c.tagP.h);
    o.f(2, p.s, p.h);
    o.f(3, p.s, p.h, c.kase.s, c.kase.h);
    o.f(4, p.s, p.h, c.number.s, c.number.h);
    o.f(5, p.s, p.h, c.gender.s, c.gender.h);
    o.f(6, p.s, p.h, c.degree.s, c.degree.h, c.aspect.s, c.aspect.h, c.person.s, c.person.h);
    o.f(7, w.s, w.h, c.tagP.s, c.tagP.h);
    o.f(8, w.s, w.h, p.s, p.h);
    o.f(9, w.s, w.h, c.lemmaLower.s, c.lemmaLower.h);
    o.f(10, c.lemmaLower.s, c.lemmaLower.h, p.s, p.h);
    o.f(11, s.suf3[i].s, s.suf3[i].h, c.tagP.s, c.tagP.h);
    o.f(12, s.suf2[i].s, s.suf2[i].h, p.s, p.h, c.kase.s, c.kase.h);
    o.f(13, s.posSet[i].s, s.posSet[i].h, p.s, p.h);
    P sh = (i == 0 ? SHAPES_FIRST : SHAPES)[s.shape[i]];
    P lc = bool(c.lemmaCap);
    o.f(14, sh.s, sh.h, lc.s, lc.h, p.s, p.h);
    P eqExact = bool(c.reading.lemma().equals(s.words[i]));
    P eqLower = bool(c.lemmaLower.s.equals(w.s));
    o.f(15, eqExact.s, eqExact.h, eqLower.s, eqLower.h, p.s, p.h);
    if (s.guessed[i]) {
      o.f(16, c.tagP.s, c.tagP.h);
    }
  }

  /** The rest of {@link #features}: the readings chosen to the left and the words to the right. */
  static void contextFeatures(Sent s, int i, Cand c, Cand[] chosen, Sink o) {
    MorphTag t = c.tag;
    P p = c.pos;
    // left context: chosen readings
    Cand p1 = i > 0 ? chosen[i - 1] : null;
    Cand p2 = i > 1 ? chosen[i - 2] : null;
    P pp1 = p1 == null ? BOS : p1.pos;
    P pp2 = p2 == null ? BOS : p2.pos;
    P pt1 = p1 == null ? BOS : p1.tagP;
    P pw = i > 0 ? s.lower[i - 1] : BOS;
    o.f(17, pp1.s, pp1.h, p.s, p.h);
    o.f(18, pp2.s, pp2.h, pp1.s, pp1.h, p.s, p.h);
    o.f(19, pt1.s, pt1.h, p.s, p.h);
    o.f(20, pw.s, pw.h, p.s, p.h);
    o.f(21, pw.s, pw.h, c.kase.s, c.kase.h);
    if (p1 != null) {
      MorphTag q = p1.tag;
      o.f(22, p1.pos.s, p1.pos.h, p1.kase.s, p1.kase.h, p.s, p.h, c.kase.s, c.kase.h);
      if (!q.kase().isEmpty() && !t.kase().isEmpty()) {
        P a = AGR[(q.kase().equals(t.kase()) ? 4 : 0) + (q.number().equals(t.number()) ? 2 : 0) + (q.gender().equals(t.gender()) ? 1 : 0)];
        o.f(23, p1.pos.s, p1.pos.h, p.s, p.h, a.s, a.h);
      }
      if (!q.number().isEmpty() && !t.number().isEmpty()) {
        P a = AGR[(q.number().equals(t.number()) ? 2 : 0) + (q.gender().equals(t.gender()) ? 1 : 0)];
        o.f(24, p1.pos.s, p1.pos.h, p.s, p.h, a.s, a.h);
      }
    }
    // nearest preposition to the left (up to 3 words back)
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      Cand ck = chosen[k];
      MorphTag q = ck.tag;
      if (ck.prep) {
        P same = q.kase().equals(t.kase()) ? SAME : DIFF;
        P d = DIST[i - k];
        o.f(25, same.s, same.h, d.s, d.h, p.s, p.h);
        o.f(26, s.lower[k].s, s.lower[k].h, p.s, p.h, c.kase.s, c.kase.h);
        break;
      }
      if (ck.endsPrepSearch) {
        break;
      }
    }
    // right context: next words and what they could be
    int n = s.size();
    P nw1 = i + 1 < n ? s.lower[i + 1] : EOS;
    P np1 = i + 1 < n ? s.posSet[i + 1] : EOS;
    P np2 = i + 2 < n ? s.posSet[i + 2] : EOS;
    o.f(27, nw1.s, nw1.h, p.s, p.h);
    o.f(28, nw1.s, nw1.h, c.kase.s, c.kase.h);
    o.f(29, np1.s, np1.h, p.s, p.h);
    o.f(30, np2.s, np2.h, p.s, p.h);
    if (i + 1 < n && !t.kase().isEmpty()) {
      P best = NONE;
      for (Cand nc : s.cands(i + 1)) {
        MorphTag q = nc.tag;
        if (q.kase().equals(t.kase())) {
          if (q.number().equals(t.number()) && q.gender().equals(t.gender())) {
            best = CNG;
            break;
          }
          best = CASE_ONLY;
        }
      }
      o.f(31, best.s, best.h, p.s, p.h, np1.s, np1.h);
    }
  }

  /** Features as strings (training). */
  public static String[] features(Sent s, int i, Cand c, Cand[] chosen) {
    StringSink sink = new StringSink();
    features(s, i, c, chosen, sink);
    return sink.toArray();
  }
}
