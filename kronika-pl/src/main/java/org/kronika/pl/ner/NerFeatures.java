package org.kronika.pl.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import morfologik.stemming.IStemmer;

/**
 * The recogniser's feature extractor. Features of a token come in two parts:
 *
 * <ul>
 *   <li><b>static</b> ({@link #extract}): computed once per sentence — the word, its shape,
 *       capitalisation class, prefix and suffixes, sentence position, Morfologik lemmas / parts of
 *       speech / cases / known-word status (or the tagger's choice when given), gazetteer matches,
 *       and the same for a window of ±2 tokens plus word bigrams;</li>
 *   <li><b>label</b> ({@link #withLabels}): the two previous labels, alone and with the current
 *       word and capitalisation class, added by the decoder for each hypothesis.</li>
 * </ul>
 *
 * The first two static features of a token are always its word ({@code w=}) and capitalisation
 * class ({@code c=}); {@link #withLabels} relies on that. Most static features depend on one word
 * alone: its own ({@link #emitOwn}), the same wherever it stands, and what it shows its neighbours
 * ({@link #emitWindow}), the same for each distance; for words known in advance ({@link #known},
 * {@link DocumentMemory}) {@link #extractKeys} hands the decoder their summed scores instead of
 * their keys. Immutable and thread-safe; the stemmer
 * passed to {@link #extract} belongs to the calling thread.
 */
public final class NerFeatures {
  private final Gazetteer gazetteer;
  private final WordClusters clusters;

  public NerFeatures(Gazetteer gazetteer) {
    this(gazetteer, WordClusters.NONE);
  }

  /** With word-cluster features (token and ±1) when {@code clusters} is not empty. */
  public NerFeatures(Gazetteer gazetteer, WordClusters clusters) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
  }

  public WordClusters clusters() {
    return clusters;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Per-token information used for the window features, with the values' hashes. */
  record Tok(String lower, String cap, String shape, String lemma, String pos, String s3,
      List<String> gaz, long lowerH, long capH, long shapeH, long lemmaH, long posH, long s3H,
      long[] gazH) {
    Tok(String lower, String cap, String shape, String lemma, String pos, String s3,
        List<String> gaz) {
      this(lower, cap, shape, lemma, pos, s3, gaz, hash(lower), hash(cap), hash(shape),
          hash(lemma), hash(pos), hash(s3), hashes(gaz));
    }

    /** The same word with the gazetteer categories of its place in a sentence. */
    Tok withGazetteer(List<String> categories) {
      return categories.isEmpty() && gaz.isEmpty() ? this : new Tok(lower, cap, shape, lemma, pos,
          s3, categories, lowerH, capH, shapeH, lemmaH, posH, s3H, hashes(categories));
    }

    private static long[] hashes(List<String> values) {
      long[] h = new long[values.size()];
      for (int i = 0; i < h.length; i++) {
        h[i] = hash(values.get(i));
      }
      return h;
    }
  }

  /** The hash of a feature value ({@link FeatureKey}). */
  private static long hash(String value) {
    return FeatureKey.put(FeatureKey.START, value);
  }

  /** A feature name (up to and including its only {@code =}) and its hash. */
  private record Name(String name, long hash) {
    static Name of(String name) {
      if (name.indexOf('=') != name.length() - 1) {
        throw new IllegalArgumentException("a feature name ends at its only '=': " + name);
      }
      return new Name(name, FeatureKey.name(name));
    }
  }

  /**
   * Static features for each token of a sentence.
   *
   * @param chosenLemmas the tagger's lemma per token, or null (whole list or single entries)
   * @param chosenTags the tagger's NKJP tag per token, or null
   */
  public String[][] extract(List<String> words, List<String> chosenLemmas, List<String> chosenTags,
      IStemmer stemmer) {
    return extract(words, chosenLemmas, chosenTags, stemmer, null);
  }

  /**
   * As {@link #extract(List, List, List, IStemmer)}, with the document's memory of names found in
   * earlier sentences: a capitalised word seen before inside a name of type T gets {@code mem=T}
   * (so "Kowalski" alone is recognised after "Jan Kowalski").
   */
  public String[][] extract(List<String> words, List<String> chosenLemmas, List<String> chosenTags,
      IStemmer stemmer, DocumentMemory memory) {
    StringSink sink = new StringSink(words.size());
    emit(words, chosenLemmas, chosenTags, stemmer, memory, sink, false);
    return sink.result();
  }

  /**
   * The same features as {@link #extract(List, List, List, IStemmer, DocumentMemory)}, as
   * {@link FeatureKey} keys of their strings, in the same order, without building the strings.
   */
  Keys extractKeys(List<String> words, List<String> chosenLemmas, List<String> chosenTags,
      IStemmer stemmer, DocumentMemory memory) {
    KeySink sink = new KeySink(words.size());
    emit(words, chosenLemmas, chosenTags, stemmer, memory, sink, true);
    return sink.result();
  }

  /**
   * Static feature keys of a sentence: token {@code i}'s are {@code keys[starts[i]]} up to
   * {@code keys[starts[i + 1]]}, the first two being its word ({@code w=}) and capitalisation
   * class ({@code c=}). Where {@code own[i]} is not null, the features that known words bring to
   * token i ({@link #known}: its own, and its neighbours' window features) are not among its keys:
   * {@code own[i]} holds their summed scores.
   */
  record Keys(long[] keys, int[] starts, int[][] own) {
    Keys(long[] keys, int[] starts) {
      this(keys, starts, new int[starts.length - 1][]);
    }
  }

  /**
   * Receives features as the parts of their strings: {@code put} appends a part, {@code end}
   * closes the feature, {@code token} starts the next token's features. One extraction, two
   * representations: strings for training, keys for decoding.
   */
  private interface Sink {
    Sink put(String s);

    Sink put(String s, int from, int to);

    Sink putLower(String s);

    void end();

    void token();

    /** Adds {@code name + value}, the value's hash known. */
    void add(Name name, String value, long valueHash);

    /**
     * Summed scores of some of the token's features, given in place of the features: part
     * {@code part} of {@code scores} ({@link Known#scores}).
     */
    void scores(int[] scores, int part);

    default void add(String feature) {
      put(feature).end();
    }

    default void add(String prefix, String value) {
      put(prefix).put(value).end();
    }

    default void add(String prefix, String a, String b) {
      put(prefix).put(a).put("|").put(b).end();
    }
  }

  private static final class StringSink implements Sink {
    private final String[][] out;
    private final List<String> f = new ArrayList<>(64);
    private final StringBuilder sb = new StringBuilder(32);
    private int token = -1;

    StringSink(int n) {
      out = new String[n][];
    }

    @Override
    public Sink put(String s) {
      sb.append(s);
      return this;
    }

    @Override
    public Sink put(String s, int from, int to) {
      sb.append(s, from, to);
      return this;
    }

    @Override
    public Sink putLower(String s) {
      sb.append(s.toLowerCase(Locale.ROOT));
      return this;
    }

    @Override
    public void add(Name name, String value, long valueHash) {
      put(name.name()).put(value).end();
    }

    @Override
    public void scores(int[] scores, int part) {
      throw new UnsupportedOperationException("strings carry every feature");
    }

    @Override
    public void end() {
      f.add(sb.toString());
      sb.setLength(0);
    }

    @Override
    public void token() {
      flush();
      token++;
    }

    private void flush() {
      if (token >= 0) {
        out[token] = f.toArray(new String[0]);
        f.clear();
      }
    }

    String[][] result() {
      flush();
      token = -1;
      return out;
    }
  }

  /**
   * Keys: the first part put after a feature ends is its name ({@link FeatureKey#name}), the rest
   * its value.
   */
  private static final class KeySink implements Sink {
    private final int[] starts;
    private final int[][] own;
    private long[] keys;
    private int size;
    private int token = -1;
    private boolean named;
    private long name;
    private long h = FeatureKey.START;

    KeySink(int n) {
      starts = new int[n + 1];
      own = new int[n][];
      keys = new long[Math.max(16, n * 64)];
    }

    @Override
    public Sink put(String s) {
      if (named) {
        h = FeatureKey.put(h, s);
      } else {
        name = FeatureKey.name(s);
        named = true;
      }
      return this;
    }

    @Override
    public Sink put(String s, int from, int to) {
      if (named) {
        h = FeatureKey.put(h, s, from, to);
      } else {
        name = FeatureKey.mix(FeatureKey.put(FeatureKey.START, s, from, to));
        named = true;
      }
      return this;
    }

    @Override
    public Sink putLower(String s) {
      if (named) {
        h = FeatureKey.putLower(h, s);
        return this;
      }
      return put(s.toLowerCase(Locale.ROOT));
    }

    @Override
    public void end() {
      key(FeatureKey.join(name, h));
      named = false;
      h = FeatureKey.START;
    }

    @Override
    public void add(Name name, String value, long valueHash) {
      key(FeatureKey.join(name.hash(), valueHash));
    }

    @Override
    public void scores(int[] scores, int part) {
      int k = scores.length / Known.PARTS;
      int[] sum = own[token];
      if (sum == null) {
        sum = own[token] = new int[k];
      }
      for (int o = 0, at = part * k; o < k; o++) {
        sum[o] += scores[at + o];
      }
    }

    private void key(long key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = key;
    }

    @Override
    public void token() {
      starts[++token] = size;
    }

    Keys result() {
      starts[starts.length - 1] = size;
      return new Keys(keys, starts, own);
    }
  }

  private static final String[] SMALL = {"0", "1", "2", "3", "4"};
  private static final String[] SUFFIX = {null, "s1=", "s2=", "s3=", "s4="};
  private static final Name[] W = names("w-2=", "w-1=", "w=", "w1=", "w2=");
  private static final Name[] C = names("c-2=", "c-1=", "c=", "c1=", "c2=");
  private static final Name[] L = names("l-2=", "l-1=", null, "l1=", "l2=");
  private static final Name[] POS = names(null, "pos-1=", "pos=", "pos1=", null);
  private static final Name[] S3 = names(null, "s3-1=", null, "s31=", null);
  private static final Name[] SH = names(null, "sh-1=", "sh=", "sh1=", null);
  private static final Name[] G = names(null, "g-1=", "g=", "g1=", null);
  private static final long SENTENCE_START = hash("<S>");
  private static final long SENTENCE_END = hash("</S>");

  private static Name[] names(String... names) {
    Name[] n = new Name[names.length];
    for (int i = 0; i < n.length; i++) {
      n[i] = names[i] == null ? null : Name.of(names[i]);
    }
    return n;
  }
  private static final String[] BF = {null, "bf-1=", "bf0=", "bf1=", null};

  /**
   * @param ownScores take a word's own and window features from the memory's table of known words
   *     where it has them ({@link DocumentMemory#known}): the sink gets their summed scores instead
   *     (other per-word values come from the table either way)
   */
  private void emit(List<String> words, List<String> chosenLemmas, List<String> chosenTags,
      IStemmer stemmer, DocumentMemory memory, Sink f, boolean ownScores) {
    int n = words.size();
    List<MorphInfo> morph = new ArrayList<>(n);
    List<Set<String>> keys = new ArrayList<>(n);
    Known[] known = new Known[n];
    for (int i = 0; i < n; i++) {
      String w = words.get(i);
      Known k = memory != null ? memory.known(w) : null;
      MorphInfo m = k != null ? k.morph() : !isWordLike(w) ? MorphInfo.UNKNOWN
          : memory != null ? memory.lookUp(stemmer, w) : MorphInfo.lookup(stemmer, w);
      String lemma = chosenLemmas == null ? null : chosenLemmas.get(i);
      String tag = chosenTags == null ? null : chosenTags.get(i);
      if (lemma != null && tag != null) {
        m = MorphInfo.ofChosen(m, lemma, tag);
        k = null;
      }
      known[i] = k;
      morph.add(m);
      keys.add(k != null ? k.gazetteerKeys() : Gazetteer.keys(w, m.lemmas()));
    }
    List<List<String>> gaz = gazetteer.match(words, keys);
    Tok[] toks = new Tok[n];
    for (int i = 0; i < n; i++) {
      toks[i] = known[i] != null ? known[i].tok().withGazetteer(gaz.get(i))
          : tok(words.get(i), morph.get(i), gaz.get(i));
    }
    // runs of capitalised words ("Uniwersytet Jagielloński", "Bank Ochrony Środowiska")
    int[] runStart = new int[n];
    int[] runEnd = new int[n];
    for (int i = 0; i < n; i++) {
      boolean capd = isCapitalised(toks[i].cap);
      runStart[i] = capd && i > 0 && isCapitalised(toks[i - 1].cap) ? runStart[i - 1] : i;
    }
    for (int i = n - 1; i >= 0; i--) {
      boolean capd = isCapitalised(toks[i].cap);
      runEnd[i] = capd && i + 1 < n && isCapitalised(toks[i + 1].cap) ? runEnd[i + 1] : i + 1;
    }
    for (int i = 0; i < n; i++) {
      f.token();
      Tok t = toks[i];
      String w = words.get(i);
      MorphInfo m = morph.get(i);
      f.add(W[2], t.lower, t.lowerH);
      f.add(C[2], t.cap, t.capH);
      if (ownScores && known[i] != null) {
        f.scores(known[i].scores(), Known.OWN);
      } else {
        emitOwn(t, w, m, f);
      }
      if (i == 0) {
        f.add("first");
      }
      f.put("kc=").put(knownness(m)).put("|").put(t.cap).put("|").put(i == 0 ? "true" : "false")
          .put("|").put(m.properLemma() ? "P" : "").put(m.commonLemma() ? "C" : "").end();
      for (int x = 0; x < t.gaz.size(); x++) {
        String g = t.gaz.get(x);
        f.add(G[2], g, t.gazH[x]);
        f.put("gc=").put(g, 2, g.length()).end();
      }
      if (isCapitalised(t.cap)) {
        int runLen = runEnd[i] - runStart[i];
        f.add("run=", SMALL[Math.min(i - runStart[i], 3)], SMALL[Math.min(runLen, 4)]);
        if (i > runStart[i]) {
          f.add("rf=", toks[runStart[i]].lemma);
        }
      }
      if (memory != null && !t.cap.equals("lower") && !t.cap.equals("punct")) {
        String seen = memory.typeOf(t.lower);
        if (seen != null) {
          f.add("mem=", seen);
          f.put("memc=").put(seen).put("|").put(t.cap).put("|").put(i == 0 ? "true" : "false")
              .end();
        }
      }
      // window ±2
      for (int d = -2; d <= 2; d++) {
        if (d == 0) {
          continue;
        }
        int j = i + d;
        if (j < 0 || j >= n) {
          f.add(W[d + 2], j < 0 ? "<S>" : "</S>", j < 0 ? SENTENCE_START : SENTENCE_END);
          continue;
        }
        Tok o = toks[j];
        if (ownScores && known[j] != null) {
          f.scores(known[j].scores(), Known.window(d));
        } else {
          emitWindow(o, d, f);
        }
        if (d == -1 || d == 1) {
          for (int x = 0; x < o.gaz.size(); x++) {
            f.add(G[d + 2], o.gaz.get(x), o.gazH[x]);
          }
        }
      }
      if (!clusters.isEmpty()) {
        for (int d = -1; d <= 1; d++) {
          int j = i + d;
          String[] cl = j < 0 || j >= n ? null : clusters.of(toks[j].lower);
          String fine = cl == null ? "?" : cl[1];
          f.add(BF[d + 2], fine);
          if (d == 0) {
            f.add("bc=", cl == null ? "?" : cl[0]);
            f.add("bfc=", fine, t.cap);
          }
        }
      }
      String prev = i > 0 ? toks[i - 1].lower : "<S>";
      String next = i + 1 < n ? toks[i + 1].lower : "</S>";
      f.add("bg-=", prev, t.lower);
      f.add("bg+=", t.lower, next);
      String cp = i > 0 ? toks[i - 1].cap : "<S>";
      String cn = i + 1 < n ? toks[i + 1].cap : "</S>";
      f.put("ccc=").put(cp).put("|").put(t.cap).put("|").put(cn).end();
    }
  }

  /** K: the form is in the dictionary; L: only its lower-case form is; U: neither. */
  private static String knownness(MorphInfo m) {
    return m.known() ? "K" : m.knownLower() ? "L" : "U";
  }

  /**
   * What a word standing {@code d} tokens from the current one (d = ±1, ±2) brings to the current
   * token's features, apart from its gazetteer categories (which depend on its sentence): its
   * form, capitalisation and lemma, and at d = ±1 its part of speech, ending and shape. Their
   * summed scores can be computed once per word ({@link #known}).
   */
  private static void emitWindow(Tok o, int d, Sink f) {
    f.add(W[d + 2], o.lower, o.lowerH);
    f.add(C[d + 2], o.cap, o.capH);
    f.add(L[d + 2], o.lemma, o.lemmaH);
    if (d == -1 || d == 1) {
      f.add(POS[d + 2], o.pos, o.posH);
      f.add(S3[d + 2], o.s3, o.s3H);
      f.add(SH[d + 2], o.shape, o.shapeH);
    }
  }

  /**
   * A word's own features, which do not depend on its context or position: the bias, shape,
   * affixes, dictionary knownness, lemmas and their endings, parts of speech and cases, and the
   * hyphen. Their summed scores can be computed once per word ({@link #known}).
   */
  private static void emitOwn(Tok t, String w, MorphInfo m, Sink f) {
    f.add("bias");
    f.add(SH[2], t.shape, t.shapeH);
    int len = t.lower.length();
    for (int k = 1; k <= 4; k++) {
      if (len > k) {
        f.put(SUFFIX[k]).put(t.lower, len - k, len).end();
      }
    }
    if (len > 3) {
      f.put("p3=").put(t.lower, 0, 3).end();
    }
    f.add("k=", knownness(m));
    for (String l : m.lemmas()) {
      f.put("l=").putLower(l).end();
    }
    int ll = t.lemma.length();
    if (ll > 4) {
      // derivational endings of the lemma: -ski/-cki (relational adjectives), -anin (inhabitants)
      f.put("ls3=").put(t.lemma, ll - 3, ll).put("|").put(t.cap).end();
      f.put("ls4=").put(t.lemma, ll - 4, ll).put("|").put(t.cap).end();
    }
    f.add(POS[2], t.pos, t.posH);
    if (!m.cases().isEmpty()) {
      f.add("case=", m.cases());
    }
    f.add("pc=", t.pos, t.cap);
    if (m.properLemma()) {
      f.add("prop");
    }
    if (m.commonLemma()) {
      f.add("comm");
    }
    if (w.length() > 1 && w.indexOf('-') >= 0) {
      f.add("hyph");
    }
  }

  /**
   * What a word brings to the features of any sentence it stands in, computed once for a word
   * known in advance ({@link DocumentMemory}): its dictionary information as the features use it
   * (none for punctuation and numbers), its window values, its gazetteer keys, and summed scores
   * (one per outcome) of its own features ({@link #emitOwn}, at {@link #OWN}) and of its window
   * features seen from each neighbouring position ({@link #emitWindow}, at {@link #window}).
   * Shared read-only.
   */
  record Known(MorphInfo morph, Tok tok, Set<String> gazetteerKeys, int[] scores) {
    /** Part of {@link #scores}: the word's own features. */
    static final int OWN = 0;
    private static final int[] WINDOW = {1, 2, -1, 3, 4};

    /** Part of {@link #scores}: the word's features as seen from {@code d} tokens away. */
    static int window(int d) {
      return WINDOW[d + 2];
    }

    /** The number of parts in {@link #scores}, each as long as the classifier has outcomes. */
    static final int PARTS = 5;
  }

  /**
   * @param lookup the word's dictionary look-up ({@link MorphInfo#lookup})
   * @param scorer the model's summed scores of feature keys
   */
  Known known(String w, MorphInfo lookup, Function<long[], int[]> scorer) {
    MorphInfo m = isWordLike(w) ? lookup : MorphInfo.UNKNOWN;
    Tok t = tok(w, m, List.of());
    int[] own = scorer.apply(keysOf(t, w, m, 0));
    int k = own.length;
    int[] scores = new int[Known.PARTS * k];
    System.arraycopy(own, 0, scores, Known.OWN * k, k);
    for (int d = -2; d <= 2; d++) {
      if (d != 0) {
        System.arraycopy(scorer.apply(keysOf(t, w, m, d)), 0, scores, Known.window(d) * k, k);
      }
    }
    return new Known(m, t, Collections.unmodifiableSet(Gazetteer.keys(w, m.lemmas())), scores);
  }

  /** The keys of a word's own features (d = 0) or of its window features from d tokens away. */
  private static long[] keysOf(Tok t, String w, MorphInfo m, int d) {
    KeySink sink = new KeySink(1);
    sink.token();
    if (d == 0) {
      emitOwn(t, w, m, sink);
    } else {
      emitWindow(t, d, sink);
    }
    Keys k = sink.result();
    return Arrays.copyOf(k.keys(), k.starts()[1]);
  }

  private static Tok tok(String w, MorphInfo m, List<String> gaz) {
    String lower = w.toLowerCase(Locale.ROOT);
    return new Tok(lower, capClass(w), shape(w),
        m.lemmas().isEmpty() ? lower : m.lemmas().get(0).toLowerCase(Locale.ROOT),
        m.pos().isEmpty() ? "?" : m.pos(), suffix(lower, 3), gaz);
  }

  /** Adds the previous-label features to a token's static features. */
  public static String[] withLabels(String[] stat, String p2, String p1) {
    String[] c = new String[stat.length + 4];
    System.arraycopy(stat, 0, c, 0, stat.length);
    int k = stat.length;
    c[k] = "p1=" + p1;
    c[k + 1] = "p2p1=" + p2 + "|" + p1;
    c[k + 2] = "p1w=" + p1 + "|" + stat[0];
    c[k + 3] = "p1c=" + p1 + "|" + stat[1];
    return c;
  }

  static boolean isCapitalised(String cap) {
    return cap.equals("init") || cap.equals("allcap") || cap.equals("one") || cap.equals("mixed");
  }

  static boolean isWordLike(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String suffix(String s, int k) {
    return s.length() <= k ? s : s.substring(s.length() - k);
  }

  /** Capitalisation class: init, allcap, lower, mixed, digit, alnum, punct, other. */
  static String capClass(String w) {
    int upper = 0;
    int lower = 0;
    int digit = 0;
    int other = 0;
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (Character.isUpperCase(ch)) {
        upper++;
      } else if (Character.isLowerCase(ch)) {
        lower++;
      } else if (Character.isDigit(ch)) {
        digit++;
      } else {
        other++;
      }
    }
    if (upper + lower == 0) {
      return digit > 0 ? (other > 0 ? "numx" : "digit") : "punct";
    }
    if (digit > 0) {
      return "alnum";
    }
    if (upper == 0) {
      return "lower";
    }
    if (lower == 0) {
      return upper == 1 ? "one" : "allcap";
    }
    if (Character.isUpperCase(w.charAt(0)) && upper == 1) {
      return "init";
    }
    return "mixed";
  }

  /** Word shape with runs collapsed: "Kowalski" → "Xx", "COVID-19" → "X-d". */
  static String shape(String w) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < w.length() && sb.length() < 8; i++) {
      char ch = w.charAt(i);
      char s = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x'
          : Character.isDigit(ch) ? 'd' : Character.isLetter(ch) ? 'x' : ch;
      if (s != last) {
        sb.append(s);
        last = s;
      }
    }
    return sb.toString();
  }
}
