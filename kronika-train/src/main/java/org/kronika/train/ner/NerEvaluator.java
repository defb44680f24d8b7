package org.kronika.train.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import morfologik.stemming.IStemmer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.kronika.api.Span;
import org.kronika.formats.corpus.KpwrIobReader;
import org.kronika.formats.corpus.NkjpIobReader.IobDocument;
import org.kronika.formats.corpus.NkjpIobReader.IobEntity;
import org.kronika.formats.corpus.NkjpIobReader.IobSentence;
import org.kronika.formats.corpus.PolEvalReader;
import org.kronika.formats.corpus.PolEvalReader.Annotation;
import org.kronika.formats.corpus.PolEvalReader.PolEvalDocument;
import org.kronika.pl.ner.LabelCodec.TokenSpan;
import org.kronika.pl.ner.PolishNer;

/**
 * Scores the Polish NER model, and side by side OpenNLP's name finder with its default features
 * trained on the same NKJP training documents, on the test sets:
 *
 * <ul>
 *   <li><b>PolEval 2018</b> gold (newest answer per document; raw text tokenised by
 *       {@link SimpleTokenizer}): top-level names only — persName, orgName, placeName (subtypes
 *       folded in), geogName; name parts (forename, surname, addname), date and time are not
 *       scored, and a name nested inside another scored name is not scored either (the outermost
 *       wins); discontinuous names are split into their fragments, as the task's scorer does.
 *       Exact-span and overlap F1, on UTF-16 character spans.</li>
 *   <li><b>KPWr n82 test</b> (pre-tokenised): fine types mapped by {@link KpwrIobReader}; token
 *       spans; predictions overlapping a KPWr name without a counterpart type are ignored.</li>
 * </ul>
 *
 * Throughput is tokens per second on one thread, recognition only (tokenisation excluded; tagging
 * included for a model trained on the tagger's lemmas and tags), after a warm-up pass. The
 * shipped system (pipeline front on raw text, then the model or the shipped {@code ner}
 * annotator) is scored first, see {@link #shipped}; {@code --shipped false} / {@code --tokenised
 * false} leave either part out.
 *
 * <pre>
 * java -cp … org.kronika.train.ner.NerEvaluator [--data ../shared/data] [--model DIR]
 *     [--baseline true] [--baseline-model target/opennlp-default-ner.bin]
 *     [--baseline-algorithm MAXENT|PERCEPTRON]
 * </pre>
 */
public final class NerEvaluator {
  /** A tokenised unit: words, their char spans (or null), gold items and ignored spans. */
  record Unit(List<String> words, List<Span> offsets, List<SpanScores.Item> gold,
      List<SpanScores.Item> ignore, boolean docStart) {}

  interface Recognizer {
    List<TokenSpan> find(Unit u);
  }

  /** A whole document's text with its gold names as character spans. */
  record DocGold(String text, List<SpanScores.Item> gold) {}

  public static void main(String[] args) throws IOException {
    Map<String, String> o = NerTrainer.options(args);
    if (Boolean.parseBoolean(o.getOrDefault("tokenised", "true"))) {
      tokenised(o);
    }
    if (Boolean.parseBoolean(o.getOrDefault("shipped", "true"))) {
      shipped(o);
    }
  }

  /** The model on pre-tokenised KPWr and on PolEval tokenised by {@link SimpleTokenizer}. */
  static void tokenised(Map<String, String> o) throws IOException {
    Path data = Path.of(o.getOrDefault("data", "../shared/data"));
    PolishNer loaded = o.containsKey("model") ? PolishNer.load(o.get("model")) : PolishNer.load();
    PolishNer ner = !o.containsKey("beam") ? loaded : new PolishNer(
        new org.kronika.pl.ner.NerModel(loaded.model().classifier(), loaded.model().codec(),
            Integer.parseInt(o.get("beam")), loaded.model().global()), loaded.features(),
        loaded.taggerMorphology());
    List<Unit> poleval = polEvalUnits(data.resolve("ner/poleval2018-ner-gold.json.gz"));
    List<Unit> kpwr = kpwrUnits(data.resolve("ner/kpwr-n82-test.iob.gz"));

    IStemmer stemmer = ner.newStemmer();
    Recognizer ours = memoryRecognizer(ner);
    report("Kronika PolishNer (beam " + ner.model().beamSize() + ")", ours, poleval, kpwr);
    if (o.containsKey("dump")) {
      dumpErrors(ours, poleval, Path.of(o.get("dump")));
    }

    if (Boolean.parseBoolean(o.getOrDefault("baseline", "true"))) {
      Path bm = Path.of(o.getOrDefault("baseline-model", "kronika-train/target/opennlp-default-ner.bin"));
      TokenNameFinderModel model = baselineModel(bm, data.resolve("ner/nkjp1m-ner.iob.gz"),
          o.getOrDefault("baseline-algorithm", "MAXENT"));
      NameFinderME finder = new NameFinderME(model);
      Recognizer base = u -> {
        if (u.docStart()) {
          finder.clearAdaptiveData();
        }
        List<TokenSpan> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : finder.find(u.words().toArray(new String[0]))) {
          out.add(new TokenSpan(s.getStart(), s.getEnd(), s.getType()));
        }
        return out;
      };
      report("OpenNLP NameFinderME, default features", base, poleval, kpwr);
    }
  }

  /**
   * The system as shipped: the pipeline front ({@code segment}, {@code morph}) on raw text, then
   * either the NER model alone ({@link PolishNer#annotate}: tagger lemmas/tags, real tokens) or the
   * shipped {@code ner} annotator (model spans ∪ gazetteer spans, resolved to entities). Each
   * mention is scored with its entity's top-level type; relational adjectives (form {@code adj})
   * count as placeName, as PolEval and NKJP annotate them. PolEval (KPWr has no raw text) and the
   * NKJP dev documents detokenised (tokens joined with spaces, none before closing
   * punctuation or after opening brackets/quotes; sentences joined by a space).
   */
  static void shipped(Map<String, String> o) throws IOException {
    Path data = Path.of(o.getOrDefault("data", "../shared/data"));
    String modelDir = o.getOrDefault("model", PolishNer.DEFAULT_MODEL);
    org.kronika.core.Config cfg = org.kronika.core.Config.of(Map.of("ner.model", modelDir));
    org.kronika.core.Pipeline front = org.kronika.core.Pipeline.load("pl",
        List.of("segment", "morph"), cfg);
    org.kronika.core.Pipeline full = org.kronika.core.Pipeline.load("pl",
        List.of("segment", "morph", "ner"), cfg);
    PolishNer ner = PolishNer.load(modelDir);
    java.util.function.Function<org.kronika.api.AnnotatedDocument, org.kronika.api.AnnotatedDocument>
        modelOnly = ner::annotate;
    List<DocGold> poleval = polEvalDocs(data.resolve("ner/poleval2018-ner-gold.json.gz"));
    List<DocGold> nkjpDev = nkjpDevDocs(data.resolve("ner/nkjp1m-ner.iob.gz"));
    for (String which : List.of("model only", "ner annotator (model + gazetteer, resolved)")) {
      System.out.println("== Shipped pipeline on raw text: segment + morph + " + which
          + ", model " + modelDir);
      java.util.function.Function<String, org.kronika.api.AnnotatedDocument> run =
          which.equals("model only")
              ? t -> modelOnly.apply(front.annotate(doc(t)))
              : t -> full.annotate(doc(t));
      scoreDocs(run, nkjpDev, new long[1]); // warm-up
      long[] tokens = {0};
      long t0 = System.nanoTime();
      SpanScores pe = scoreDocs(run, poleval, tokens);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.print(pe.table("PolEval 2018"));
      System.out.printf(Locale.ROOT,
          "pipeline throughput (segment+morph included): %d tokens in %.1fs = %.0f tokens/s (1 thread)%n",
          tokens[0], secs, tokens[0] / secs);
      System.out.print(scoreDocs(run, nkjpDev, new long[1]).table(
          "NKJP dev (detokenised; top-level types)"));
      System.out.println();
    }
  }

  private static org.kronika.api.Document doc(String text) {
    return new org.kronika.api.Document(null, "pl", null, null, null, null, null, text);
  }

  static SpanScores scoreDocs(
      java.util.function.Function<String, org.kronika.api.AnnotatedDocument> run,
      List<DocGold> docs, long[] tokens) {
    SpanScores s = new SpanScores();
    for (DocGold d : docs) {
      org.kronika.api.AnnotatedDocument ad = run.apply(d.text());
      // one name per span and type: a capital acting as its state is two entities, one span
      java.util.Set<SpanScores.Item> pred = new java.util.LinkedHashSet<>();
      for (org.kronika.api.Entity e : ad.entities()) {
        for (org.kronika.api.Mention m : e.mentions()) {
          String type = "adj".equals(m.form()) ? "placeName" : coarse(e.type());
          pred.add(new SpanScores.Item(m.start(), m.end(), type));
        }
      }
      s.add(d.gold(), new ArrayList<>(pred), List.of());
      tokens[0] += ad.tokens().size();
    }
    return s;
  }

  static List<DocGold> polEvalDocs(Path file) throws IOException {
    try (Stream<PolEvalDocument> s = PolEvalReader.documents(file)) {
      return s.map(d -> new DocGold(d.text(), polEvalGold(d))).collect(Collectors.toList());
    }
  }

  private static final String NO_SPACE_BEFORE = ".,;:!?)]}%»”…";
  private static final String NO_SPACE_AFTER = "([{„«";

  /** NKJP dev documents as text (detokenised), gold names as char spans with top-level types. */
  static List<DocGold> nkjpDevDocs(Path nkjp) throws IOException {
    List<DocGold> out = new ArrayList<>();
    StringBuilder text = null;
    List<SpanScores.Item> gold = null;
    int doc = -1;
    for (NerSample s : NerSample.readNkjp(nkjp)) {
      if (!NerSample.isDev(s.docIndex())) {
        continue;
      }
      if (s.docIndex() != doc) {
        if (text != null) {
          out.add(new DocGold(text.toString(), gold));
        }
        text = new StringBuilder();
        gold = new ArrayList<>();
        doc = s.docIndex();
      }
      int[] start = new int[s.words().size()];
      int[] end = new int[s.words().size()];
      String prev = null;
      for (int i = 0; i < s.words().size(); i++) {
        String w = s.words().get(i);
        boolean glue = text.length() == 0
            || (prev != null && prev.length() == 1 && NO_SPACE_AFTER.contains(prev))
            || (w.length() == 1 && NO_SPACE_BEFORE.contains(w));
        if (!glue) {
          text.append(' ');
        }
        start[i] = text.length();
        text.append(w);
        end[i] = text.length();
        prev = w;
      }
      for (TokenSpan g : s.names()) {
        gold.add(new SpanScores.Item(start[g.start()], end[g.end() - 1], coarse(g.type())));
      }
    }
    if (text != null) {
      out.add(new DocGold(text.toString(), gold));
    }
    return out;
  }

  /** Our recogniser with a document memory that restarts at each document. */
  static Recognizer memoryRecognizer(PolishNer ner) {
    IStemmer stemmer = ner.newStemmer();
    org.kronika.pl.morph.PolishTagger tagger =
        ner.taggerMorphology() ? org.kronika.pl.morph.PolishTagger.load() : null;
    org.kronika.pl.ner.DocumentMemory[] memory = {new org.kronika.pl.ner.DocumentMemory()};
    Map<Unit, List<List<String>>> tagged = new java.util.IdentityHashMap<>();
    return u -> {
      if (u.docStart()) {
        memory[0] = new org.kronika.pl.ner.DocumentMemory();
      }
      List<String> lemmas = null;
      List<String> tags = null;
      if (tagger != null) {
        // tagging is the pipeline's morph step, not recognition: done once per unit and cached
        List<List<String>> lt = tagged.computeIfAbsent(u, x -> {
          List<String> ls = new ArrayList<>();
          List<String> ts = new ArrayList<>();
          for (org.kronika.pl.morph.Analysis a : tagger.tagWords(x.words())) {
            ls.add(a.lemma());
            ts.add(a.tag());
          }
          return List.of(ls, ts);
        });
        lemmas = lt.get(0);
        tags = lt.get(1);
      }
      return ner.recognize(u.words(), lemmas, tags, stemmer, memory[0]);
    };
  }

  static void report(String title, Recognizer r, List<Unit> poleval, List<Unit> kpwr) {
    System.out.println("== " + title);
    // warm-up pass (also tags the text once for a model that reads the tagger's output), then a
    // timed scoring pass
    for (Unit u : poleval) {
      r.find(u);
    }
    long[] tokens = {0};
    long t0 = System.nanoTime();
    SpanScores pe = score(r, poleval, true, tokens);
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.print(pe.table("PolEval 2018"));
    System.out.printf(Locale.ROOT, "throughput: %d tokens in %.1fs = %.0f tokens/s (1 thread)%n",
        tokens[0], secs, tokens[0] / secs);
    System.out.print(score(r, kpwr, false, new long[1]).table("KPWr n82 test"));
    System.out.println();
  }

  /** Writes missed (-) and spurious (+) PolEval names with their sentence, for error analysis. */
  static void dumpErrors(Recognizer r, List<Unit> units, Path out) throws IOException {
    try (java.io.PrintWriter w = new java.io.PrintWriter(Files.newBufferedWriter(out))) {
      for (Unit u : units) {
        if (u.words().isEmpty()) {
          continue;
        }
        int base = u.offsets().get(0).start();
        StringBuilder sent = new StringBuilder();
        for (String x : u.words()) {
          sent.append(x).append(' ');
        }
        List<SpanScores.Item> pred = new ArrayList<>();
        for (TokenSpan t : r.find(u)) {
          pred.add(new SpanScores.Item(u.offsets().get(t.start()).start(),
              u.offsets().get(t.end() - 1).end(), coarse(t.type())));
        }
        for (SpanScores.Item g : u.gold()) {
          if (!pred.contains(g)) {
            w.println("-\t" + g.type() + "\t" + spanText(u, g) + "\t" + sent);
          }
        }
        for (SpanScores.Item p : pred) {
          if (!u.gold().contains(p)) {
            w.println("+\t" + p.type() + "\t" + spanText(u, p) + "\t" + sent);
          }
        }
      }
    }
  }

  private static String spanText(Unit u, SpanScores.Item it) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < u.words().size(); i++) {
      Span s = u.offsets().get(i);
      if (s.start() >= it.start() && s.end() <= it.end()) {
        sb.append(u.words().get(i)).append(' ');
      }
    }
    return sb.toString().trim();
  }

  static SpanScores score(Recognizer r, List<Unit> units, boolean chars, long[] tokens) {
    SpanScores s = new SpanScores();
    for (Unit u : units) {
      List<SpanScores.Item> pred = new ArrayList<>();
      for (TokenSpan t : r.find(u)) {
        String type = coarse(t.type());
        if (chars) {
          pred.add(new SpanScores.Item(u.offsets().get(t.start()).start(),
              u.offsets().get(t.end() - 1).end(), type));
        } else {
          pred.add(new SpanScores.Item(t.start(), t.end(), type));
        }
      }
      s.add(u.gold(), pred, u.ignore());
      tokens[0] += u.words().size();
    }
    return s;
  }

  static String coarse(String type) {
    int dot = type.indexOf('.');
    return dot < 0 ? type : type.substring(0, dot);
  }

  /** PolEval documents, split into sentences; gold is attached to the sentence it starts in. */
  static List<Unit> polEvalUnits(Path file) throws IOException {
    List<Unit> units = new ArrayList<>();
    List<PolEvalDocument> docs;
    try (Stream<PolEvalDocument> s = PolEvalReader.documents(file)) {
      docs = s.collect(Collectors.toList());
    }
    for (PolEvalDocument d : docs) {
      List<SpanScores.Item> gold = polEvalGold(d);
      String text = d.text();
      List<Span> toks = SimpleTokenizer.tokenize(text);
      List<int[]> sents = SimpleTokenizer.sentences(text, toks);
      // gold per document: put all into the first unit of the document, predictions are char spans
      boolean first = true;
      List<Unit> docUnits = new ArrayList<>();
      for (int[] se : sents) {
        List<Span> offs = toks.subList(se[0], se[1]);
        List<String> words = new ArrayList<>(offs.size());
        for (Span sp : offs) {
          words.add(sp.of(text));
        }
        docUnits.add(new Unit(words, offs, new ArrayList<>(), List.of(), first));
        first = false;
      }
      if (docUnits.isEmpty()) {
        docUnits.add(new Unit(List.of(), List.of(), new ArrayList<>(), List.of(), true));
      }
      // assign each gold item to the unit containing its start (matching is per unit)
      for (SpanScores.Item g : gold) {
        Unit target = docUnits.get(0);
        for (Unit u : docUnits) {
          if (!u.offsets().isEmpty() && u.offsets().get(0).start() <= g.start()) {
            target = u;
          }
        }
        target.gold().add(g);
      }
      units.addAll(docUnits);
    }
    return units;
  }

  /** Outermost persName/orgName/placeName/geogName spans of a PolEval document (coarse types). */
  static List<SpanScores.Item> polEvalGold(PolEvalDocument d) {
    List<SpanScores.Item> all = new ArrayList<>();
    for (Annotation a : d.annotations()) {
      if (a.kronikaType() == null || a.isNamePart()) {
        continue;
      }
      for (Span f : a.fragments()) {
        all.add(new SpanScores.Item(f.start(), f.end(), coarse(a.kronikaType())));
      }
    }
    List<SpanScores.Item> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      SpanScores.Item a = all.get(i);
      boolean nested = false;
      for (int j = 0; j < all.size() && !nested; j++) {
        SpanScores.Item b = all.get(j);
        if (i == j) {
          continue;
        }
        boolean contains = b.start() <= a.start() && a.end() <= b.end();
        boolean same = b.start() == a.start() && b.end() == a.end();
        nested = contains && (!same || j < i);
      }
      if (!nested) {
        out.add(a);
      }
    }
    return out;
  }

  static List<Unit> kpwrUnits(Path file) throws IOException {
    List<Unit> units = new ArrayList<>();
    try (Stream<IobDocument> docs = KpwrIobReader.documents(file)) {
      docs.forEach(d -> {
        boolean first = true;
        for (IobSentence s : d.sentences()) {
          List<SpanScores.Item> gold = new ArrayList<>();
          List<SpanScores.Item> ignore = new ArrayList<>();
          for (IobEntity e : KpwrIobReader.entities(s)) {
            if (e.type().equals(KpwrIobReader.UNMAPPED)) {
              ignore.add(new SpanScores.Item(e.start(), e.end(), e.type()));
            } else {
              gold.add(new SpanScores.Item(e.start(), e.end(), coarse(e.type())));
            }
          }
          units.add(new Unit(s.words(), null, gold, ignore, first));
          first = false;
        }
      });
    }
    return units;
  }

  /** Loads, or trains and saves, OpenNLP's default name finder on the NKJP training documents. */
  static TokenNameFinderModel baselineModel(Path file, Path nkjp, String algorithm)
      throws IOException {
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return new TokenNameFinderModel(in);
      }
    }
    List<NameSample> samples = new ArrayList<>();
    int lastDoc = -1;
    for (NerSample s : NerSample.readNkjp(nkjp)) {
      if (NerSample.isDev(s.docIndex())) {
        continue;
      }
      opennlp.tools.util.Span[] names = new opennlp.tools.util.Span[s.names().size()];
      for (int i = 0; i < names.length; i++) {
        TokenSpan t = s.names().get(i);
        names[i] = new opennlp.tools.util.Span(t.start(), t.end(), t.type());
      }
      samples.add(new NameSample(s.words().toArray(new String[0]), names, s.docIndex() != lastDoc));
      lastDoc = s.docIndex();
    }
    TrainingParameters tp = algorithm.equals("PERCEPTRON") ? new TrainingParameters()
        : TrainingParameters.defaultParams();
    if (algorithm.equals("PERCEPTRON")) {
      tp.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
      tp.put(TrainingParameters.ITERATIONS_PARAM, 300);
      tp.put(TrainingParameters.CUTOFF_PARAM, 0);
    }
    long t0 = System.nanoTime();
    TokenNameFinderModel model = NameFinderME.train("pl", null, new ListStream(samples), tp,
        new TokenNameFinderFactory());
    System.err.printf(Locale.ROOT, "baseline (%s) trained in %.0fs%n", algorithm,
        (System.nanoTime() - t0) / 1e9);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(file)) {
      model.serialize(os);
    }
    return model;
  }

  private static final class ListStream implements ObjectStream<NameSample> {
    private final List<NameSample> list;
    private int i;

    ListStream(List<NameSample> list) {
      this.list = list;
    }

    @Override
    public NameSample read() {
      return i < list.size() ? list.get(i++) : null;
    }

    @Override
    public void reset() {
      i = 0;
    }
  }
}
