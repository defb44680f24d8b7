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
 * <p>Immutable and thread-safe: the dictionary, guesser and model are read-only; each call makes
 * its own dictionary lookup; GIS maxent evaluation allocates its own arrays.
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
    return candidates(analyzer, lookup, words, Map.of());
  }

  static Sent candidates(
      MorphAnalyzer analyzer, DictionaryLookup lookup, List<String> words, Map<String, TaggerFeatures.TagParts> known) {
    List<List<Cand>> cands = new ArrayList<>(words.size());
    boolean[] guessed = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i) == null ? "" : words.get(i);
      MorphAnalyzer.Result r = analyzer.analyze(lookup, w);
      guessed[i] = r.guessed();
      List<Cand> cs = new ArrayList<>(r.readings().size());
      for (Reading rd : r.readings()) {
        cs.add(Cand.of(rd, known));
      }
      cands.add(cs);
    }
    List<String> safe = words.stream().map(w -> w == null ? "" : w).toList();
    return new Sent(safe, cands, guessed);
  }

  @Override
  public List<Analysis> tagWords(List<String> words) {
    if (words.isEmpty()) {
      return List.of();
    }
    Sent s = candidates(analyzer, analyzer.newLookup(), words, tagParts);
    int n = s.size();
    Cand[] chosen = new Cand[n];
    TaggerFeatures.ScoreSink sink = new TaggerFeatures.ScoreSink(scorer);
    List<Analysis> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Cand> cs = s.cands(i);
      Cand best = cs.get(0);
      if (cs.size() > 1) {
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Cand c : cs) {
          TaggerFeatures.features(s, i, c, chosen, sink);
          double score = sink.reset();
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
      }
      chosen[i] = best;
      List<Reading> readings = new ArrayList<>(cs.size());
      for (Cand c : cs) {
        readings.add(c.reading());
      }
      Reading r = best.reading();
      out.add(new Analysis(r.lemma(), r.tag(), uposMapper.upos(r.lemma(), best.tag()), readings));
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
    for (Sentence sent : doc.sentences()) {
      tagRange(text, tokens, sent.firstToken(), sent.endToken(), done);
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
      tagRange(text, tokens, i, j, done);
      i = j;
    }
    return doc.withMorphology(tokens);
  }

  private void tagRange(String text, List<Token> tokens, int from, int to, boolean[] done) {
    if (from >= to) {
      return;
    }
    List<String> words = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      words.add(tokens.get(k).text(text));
    }
    List<Analysis> as = tagWords(words);
    for (int k = from; k < to; k++) {
      Analysis a = as.get(k - from);
      tokens.set(k, tokens.get(k).withAnalysis(a.lemma(), a.tag(), a.upos(), a.readings()));
      done[k] = true;
    }
  }
}
