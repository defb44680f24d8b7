package org.kronika.pl.morph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.DictionaryLookup;
import opennlp.tools.ml.model.MaxentModel;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Layer;
import org.kronika.api.Reading;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.kronika.core.Annotator;
import org.kronika.pl.morph.TaggerFeatures.Cand;
import org.kronika.pl.morph.TaggerFeatures.Sent;
import org.kronika.pl.morph.TaggerFeatures.Word;

/**
 * Polish morphological tagger: Morfologik (PoliMorf) readings for every word, a suffix guesser for
 * unknown words, and an OpenNLP maxent ranker that picks one reading per word left to right.
 * Gives lemma, NKJP tag (as UD PDB XPOS) and UD UPOS, and keeps every reading offered.
 *
 * <table>
 *   <caption>annotator {@code morph}</caption>
 *   <tr><th>requires</th><td>SENTENCES, TOKENS</td></tr>
 *   <tr><th>produces</th><td>MORPHOLOGY: every token gets lemma, tag, upos and readings</td></tr>
 *   <tr><th>option {@code morph.model}</th><td>path of a tagger model file; default: the one shipped
 *       on the classpath ({@code org/kronika/pl/morph/tagger-model.bin.gz})</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe: the dictionary, guesser and model are read-only; each document (or
 * {@link #tagWords} call) gets its own dictionary lookup, score accumulator and memo of the word
 * forms it has met, so a form that recurs in a document is analysed and scored on its own features
 * once; nothing is kept between documents.
 */
public final class PolishTagger implements WordTagger, Annotator {
  public static final String MODEL_RESOURCE = "tagger-model.bin.gz";
  public static final String GUESSER_RESOURCE = "guesser.tsv.gz";
  public static final String RULES_RESOURCE = "upos-rules.tsv";
  public static final String TAGS_RESOURCE = "polimorf-tags.txt.gz";

  private final MorphAnalyzer analyzer;
  private final UposMapper uposMapper;
  private final LinearScorer scorer;
  private final Map<String, TaggerFeatures.TagParts> tagParts;

  public PolishTagger(MorphAnalyzer analyzer, UposMapper uposMapper, MaxentModel ranker) {
    this.analyzer = analyzer;
    this.uposMapper = uposMapper;
    this.scorer = new LinearScorer(ranker);
    this.tagParts = tagParts(analyzer);
  }

  /** The shipped model, from the classpath. */
  public static PolishTagger load() {
    try (InputStream m = resource(MODEL_RESOURCE)) {
      return create(TaggerModel.read(m));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model file (e.g. one just trained), with the shipped guesser and rules. */
  public static PolishTagger load(Path modelFile) throws IOException {
    try (InputStream m = Files.newInputStream(modelFile)) {
      return create(TaggerModel.read(m));
    }
  }

  public static PolishTagger create(TaggerModel model) throws IOException {
    return new PolishTagger(
        new MorphAnalyzer(MorphAnalyzer.polishDictionary(), loadGuesser(), model.extra(), loadExpansions()),
        new UposMapper(model.upos(), loadRules()),
        model.ranker());
  }

  /** Every compound tag of the dictionary, expanded once at load. */
  public static Map<String, List<String>> loadExpansions() throws IOException {
    try (InputStream t = resource(TAGS_RESOURCE)) {
      return MorphAnalyzer.readExpansions(t);
    }
  }

  private static Map<String, TaggerFeatures.TagParts> tagParts(MorphAnalyzer analyzer) {
    Map<String, TaggerFeatures.TagParts> m = new HashMap<>();
    for (List<String> atoms : analyzer.expansions().values()) {
      for (String a : atoms) {
        m.computeIfAbsent(a, TaggerFeatures.TagParts::new);
      }
    }
    for (String a : List.of("dig", "interp", "ign", "part", "frag")) {
      m.computeIfAbsent(a, TaggerFeatures.TagParts::new);
    }
    return Map.copyOf(m);
  }

  public static SuffixGuesser loadGuesser() throws IOException {
    try (InputStream g = resource(GUESSER_RESOURCE)) {
      return SuffixGuesser.read(g);
    }
  }

  public static Map<String, String> loadRules() throws IOException {
    try (InputStream r = resource(RULES_RESOURCE)) {
      return UposMapper.readRules(r);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = PolishTagger.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource org/kronika/pl/morph/" + name);
    }
    return in;
  }

  public MorphAnalyzer analyzer() {
    return analyzer;
  }

  public UposMapper uposMapper() {
    return uposMapper;
  }

  /** Builds the candidate structure of a sentence (used by training as well). */
  public static Sent candidates(MorphAnalyzer analyzer, DictionaryLookup lookup, List<String> words) {
    Word[] ws = new Word[words.size()];
    for (int i = 0; i < ws.length; i++) {
      ws[i] = word(analyzer, lookup, words.get(i) == null ? "" : words.get(i), Map.of());
    }
    return new Sent(ws);
  }

  private static Word word(
      MorphAnalyzer analyzer, DictionaryLookup lookup, String w, Map<String, TaggerFeatures.TagParts> known) {
    MorphAnalyzer.Result r = analyzer.analyze(lookup, w);
    List<Cand> cs = new ArrayList<>(r.readings().size());
    Cand previous = null;
    for (Reading rd : r.readings()) {
      previous = Cand.of(rd, known, previous);
      cs.add(previous);
    }
    return new Word(w, cs, r.guessed());
  }

  /**
   * What tagging has worked out for one word form whatever its context: its candidates, their
   * readings, the summed weight of each candidate's word features, and the UPOS each candidate
   * would get. Filled lazily; lives in one {@link Memo}.
   */
  private static final class Known {
    final Word word;
    final List<Reading> readings;
    double[] firstScores;
    double[] scores;
    String[] upos;

    Known(Word word) {
      this.word = word;
      List<Reading> rs = new ArrayList<>(word.cands().size());
      for (Cand c : word.cands()) {
        rs.add(c.reading());
      }
      this.readings = List.copyOf(rs);
    }
  }

  /**
   * The word forms of one document (or one {@link #tagWords} call) met so far, each worked out once,
   * with the document's own dictionary lookup. Single-threaded and short-lived: never shared
   * between calls or threads, so the tagger keeps no state between documents.
   */
  private final class Memo {
    final DictionaryLookup lookup = analyzer.newLookup();
    final Map<String, Known> byForm = new HashMap<>();
    final TaggerFeatures.ScoreSink sink = new TaggerFeatures.ScoreSink(scorer);

    Known known(String form) {
      Known k = byForm.get(form);
      if (k == null) {
        k = new Known(word(analyzer, lookup, form, tagParts));
        byForm.put(form, k);
      }
      return k;
    }

    /** The word-feature sum of every candidate of word {@code i}; the same for every occurrence of the form. */
    double[] wordScores(Known k, Sent s, int i) {
      double[] sc = i == 0 ? k.firstScores : k.scores;
      if (sc == null) {
        List<Cand> cs = k.word.cands();
        sc = new double[cs.size()];
        for (int j = 0; j < sc.length; j++) {
          TaggerFeatures.wordFeatures(s, i, cs.get(j), sink);
          sc[j] = sink.reset();
        }
        if (i == 0) {
          k.firstScores = sc;
        } else {
          k.scores = sc;
        }
      }
      return sc;
    }

    String upos(Known k, int j) {
      if (k.upos == null) {
        k.upos = new String[k.readings.size()];
      }
      String u = k.upos[j];
      if (u == null) {
        Cand c = k.word.cands().get(j);
        u = uposMapper.upos(c.reading().lemma(), c.tag());
        k.upos[j] = u;
      }
      return u;
    }
  }

  @Override
  public List<Analysis> tagWords(List<String> words) {
    return tagWords(words, new Memo());
  }

  private List<Analysis> tagWords(List<String> words, Memo memo) {
    int n = words.size();
    if (n == 0) {
      return List.of();
    }
    Known[] ks = new Known[n];
    Word[] ws = new Word[n];
    for (int i = 0; i < n; i++) {
      ks[i] = memo.known(words.get(i) == null ? "" : words.get(i));
      ws[i] = ks[i].word;
    }
    Sent s = new Sent(ws);
    Cand[] chosen = new Cand[n];
    TaggerFeatures.ScoreSink sink = memo.sink;
    List<Analysis> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Known k = ks[i];
      List<Cand> cs = k.word.cands();
      int best = 0;
      if (cs.size() > 1) {
        // word features first, then context features: the sum is formed in the same order as
        // TaggerFeatures.features gives them, so the scores are exactly those of scoring it whole
        double[] prefix = memo.wordScores(k, s, i);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < prefix.length; j++) {
          sink.start(prefix[j]);
          TaggerFeatures.contextFeatures(s, i, cs.get(j), chosen, sink);
          double score = sink.reset();
          if (score > bestScore) {
            bestScore = score;
            best = j;
          }
        }
      }
      chosen[i] = cs.get(best);
      Reading r = chosen[i].reading();
      out.add(new Analysis(r.lemma(), r.tag(), memo.upos(k, best), k.readings));
    }
    return out;
  }

  @Override
  public String name() {
    return "morph";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.MORPHOLOGY);
  }

  @Override
  public AnnotatedDocument annotate(AnnotatedDocument doc) {
    List<Token> tokens = new ArrayList<>(doc.tokens());
    String text = doc.text();
    boolean[] done = new boolean[tokens.size()];
    Memo memo = new Memo();
    for (Sentence sent : doc.sentences()) {
      tagRange(text, tokens, sent.firstToken(), sent.endToken(), done, memo);
    }
    // tokens outside any sentence still get an analysis
    int i = 0;
    while (i < tokens.size()) {
      if (done[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && !done[j]) {
        j++;
      }
      tagRange(text, tokens, i, j, done, memo);
      i = j;
    }
    return doc.withMorphology(tokens);
  }

  private void tagRange(String text, List<Token> tokens, int from, int to, boolean[] done, Memo memo) {
    if (from >= to) {
      return;
    }
    List<String> words = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      words.add(tokens.get(k).text(text));
    }
    List<Analysis> as = tagWords(words, memo);
    for (int k = from; k < to; k++) {
      Analysis a = as.get(k - from);
      tokens.set(k, tokens.get(k).withAnalysis(a.lemma(), a.tag(), a.upos(), a.readings()));
      done[k] = true;
    }
  }
}
