package org.kronika.train.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.IStemmer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.kronika.pl.ner.Gazetteer;
import org.kronika.pl.ner.LabelCodec;
import org.kronika.pl.ner.LabelCodec.TokenSpan;
import org.kronika.pl.ner.NerFeatures;
import org.kronika.pl.ner.NerModel;
import org.kronika.pl.morph.Analysis;
import org.kronika.pl.morph.PolishTagger;
import org.kronika.pl.ner.PolishNer;

/**
 * Trains the Polish NER model on NKJP-1M and scores it on the held-out dev documents (every 10th).
 *
 * <pre>
 * java -cp … org.kronika.train.ner.NerTrainer [--nkjp ../shared/data/ner/nkjp1m-ner.iob.gz]
 *     [--out kronika-pl/src/main/resources/org/kronika/pl/ner] [--gazetteer FILE]
 *     [--encoding BIO|BILOU] [--algorithm MAXENT|PERCEPTRON|MAXENT_QN] [--iterations 100]
 *     [--cutoff 2] [--beam 3] [--full true]   (full: train on the dev documents too)
 *     [--tagger true]   (features from the tagger's chosen lemma/tag, as in the pipeline)
 *     [--clusters FILE]   (word clusters from WordClusterer; copied next to the model)
 *     [--eval-only DIR]   (score an existing model on NKJP dev)
 *     [--types fine|coarse]   (coarse: train on, and score dev by, top-level types only)
 *     [--margin 0]   (SEQUENCE_PERCEPTRON: cost of each wrong label in training decoding)
 * </pre>
 */
public final class NerTrainer {
  /** {@code --algorithm} value for the structured perceptron ({@link SequencePerceptronTrainer}). */
  static final String SEQUENCE = "SEQUENCE_PERCEPTRON";
  public static void main(String[] args) throws IOException {
    Map<String, String> o = options(args);
    Path nkjp = Path.of(o.getOrDefault("nkjp", "../shared/data/ner/nkjp1m-ner.iob.gz"));
    Path out = Path.of(o.getOrDefault("out", "kronika-pl/src/main/resources/org/kronika/pl/ner"));
    Path gazFile = Path.of(o.getOrDefault("gazetteer", out.resolve("gazetteer.tsv.gz").toString()));
    LabelCodec codec = LabelCodec.valueOf(o.getOrDefault("encoding", "BIO"));
    boolean full = Boolean.parseBoolean(o.getOrDefault("full", "false"));
    int beam = Integer.parseInt(o.getOrDefault("beam", "3"));
    TrainingParameters tp = new TrainingParameters();
    tp.put(TrainingParameters.ALGORITHM_PARAM, o.getOrDefault("algorithm", "MAXENT"));
    tp.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(o.getOrDefault("iterations", "100")));
    tp.put(TrainingParameters.CUTOFF_PARAM, Integer.parseInt(o.getOrDefault("cutoff", "2")));
    tp.put(TrainingParameters.THREADS_PARAM, 1);
    if (o.containsKey("l2")) {
      tp.put("L2Cost", Double.parseDouble(o.get("l2")));
      tp.put("L1Cost", Double.parseDouble(o.getOrDefault("l1", "0")));
    }

    Gazetteer gaz;
    try (InputStream in = Files.newInputStream(gazFile)) {
      gaz = Gazetteer.read(in);
    }
    org.kronika.pl.ner.WordClusters clusters = org.kronika.pl.ner.WordClusters.NONE;
    if (o.containsKey("clusters")) {
      try (InputStream in = Files.newInputStream(Path.of(o.get("clusters")))) {
        clusters = org.kronika.pl.ner.WordClusters.read(in);
      }
    }
    NerFeatures features = new NerFeatures(gaz, clusters);
    long t0 = System.nanoTime();
    List<NerSample> all = NerSample.readNkjp(nkjp);
    // --types coarse: train on (and score dev by) top-level types only
    boolean coarse = o.getOrDefault("types", "fine").equals("coarse");
    if (coarse) {
      all = all.stream().map(NerSample::coarse).toList();
    }
    List<NerSample> train = new ArrayList<>();
    List<NerSample> dev = new ArrayList<>();
    for (NerSample s : all) {
      (NerSample.isDev(s.docIndex()) && !full ? dev : train).add(s);
    }
    System.err.printf(Locale.ROOT, "read %d train / %d dev sentences in %.1fs; gazetteer %d%n",
        train.size(), dev.size(), (System.nanoTime() - t0) / 1e9, gaz.size());
    // --tagger true: features see the tagger's chosen lemma and tag, as PolishNer does at run time
    // when the pipeline's `morph` annotator has run (Layer.MORPHOLOGY)
    boolean sequence = tp.algorithm().equals(SEQUENCE);
    if (sequence && Boolean.parseBoolean(o.getOrDefault("tagger", "false"))
        && !o.containsKey("eval-only")) {
      // checked before tagging every sentence, which takes minutes
      throw new IllegalArgumentException(
          "--algorithm " + SEQUENCE + " with --tagger true is not supported");
    }
    Map<NerSample, Tagged> tagged = Boolean.parseBoolean(o.getOrDefault("tagger", "false"))
        ? tagAll(all) : null;

    if (o.containsKey("eval-only")) {
      PolishNer existing = PolishNer.load(o.get("eval-only"));
      System.out.println(evaluateDev(existing, dev, tagged, coarse).table("NKJP dev, " + o.get("eval-only")
          + (tagged == null ? "" : ", tagger lemmas/tags")));
      return;
    }

    AbstractModel classifier;
    if (sequence) {
      classifier = new SequencePerceptronTrainer(codec, beam,
          Integer.parseInt(o.getOrDefault("cutoff", "2")),
          Double.parseDouble(o.getOrDefault("prune", "0")))
          .margin(Double.parseDouble(o.getOrDefault("margin", "0")))
          .train(train, dev, features, new morfologik.stemming.polish.PolishStemmer(),
              Integer.parseInt(o.getOrDefault("iterations", "100")),
              Long.parseLong(o.getOrDefault("seed", "1")),
              Integer.parseInt(o.getOrDefault("runs", "1")));
    } else {
      EventTrainer trainer = TrainerFactory.getEventTrainer(tp, new HashMap<>());
      classifier = (AbstractModel) trainer.train(
          new EventStream(train, features, codec, new morfologik.stemming.polish.PolishStemmer(),
              tagged));
    }
    NerModel model = new NerModel(classifier, codec, beam, sequence);

    Files.createDirectories(out);
    try (OutputStream os = Files.newOutputStream(out.resolve("ner-classifier.bin.gz"))) {
      model.writeClassifier(os);
    }
    if (!gazFile.toAbsolutePath().normalize().equals(
        out.resolve("gazetteer.tsv.gz").toAbsolutePath().normalize())) {
      Files.copy(gazFile, out.resolve("gazetteer.tsv.gz"), StandardCopyOption.REPLACE_EXISTING);
    }
    // word forms looked up once at load time (speed only: labels do not depend on the list)
    NerVocabulary.write(NerVocabulary.frequentForms(train, NerVocabulary.DEFAULT_MIN),
        out.resolve(NerVocabulary.FILE));
    try (Writer w = Files.newBufferedWriter(out.resolve("ner.properties"), StandardCharsets.UTF_8)) {
      w.write("# Kronika Polish NER model, written by org.kronika.train.ner.NerTrainer\n");
      w.write("encoding=" + codec + "\n");
      w.write("beam=" + beam + "\n");
      w.write("classifier=ner-classifier.bin.gz\n");
      w.write("gazetteer=gazetteer.tsv.gz\n");
      w.write("vocabulary=" + NerVocabulary.FILE + "\n");
      w.write("morphology=" + (tagged == null ? "dictionary" : "tagger") + "\n");
      w.write("decoding=" + (sequence ? "global" : "local") + "\n");
      if (o.containsKey("clusters")) {
        Path cf = Path.of(o.get("clusters"));
        if (!cf.toAbsolutePath().normalize().equals(
            out.resolve("clusters.tsv.gz").toAbsolutePath().normalize())) {
          Files.copy(cf, out.resolve("clusters.tsv.gz"), StandardCopyOption.REPLACE_EXISTING);
        }
        w.write("clusters=clusters.tsv.gz\n");
      }
      w.write("trainer=" + tp.algorithm() + " iterations=" + o.getOrDefault("iterations", "100")
          + " cutoff=" + o.getOrDefault("cutoff", "2")
          + (o.containsKey("prune") ? " prune=" + o.get("prune") : "")
          + (o.containsKey("runs") ? " runs=" + o.get("runs") : "") + (full ? " data=all" : " data=train(9/10)")
          + "\n");
    }
    System.err.printf(Locale.ROOT, "trained in %.1fs -> %s%n", (System.nanoTime() - t0) / 1e9, out);
    if (!dev.isEmpty()) {
      System.out.println(evaluateDev(new PolishNer(model, features, tagged != null), dev, tagged,
          coarse).table("NKJP dev"));
    }
  }

  /** Scores a recogniser on token spans of the dev sentences (exact and overlap, per type). */
  public static SpanScores evaluateDev(PolishNer ner, List<NerSample> dev) {
    return evaluateDev(ner, dev, null);
  }

  /** The tagger's chosen lemmas and tags of a sentence. */
  record Tagged(List<String> lemmas, List<String> tags) {}

  /** Tags every sentence with the shipped {@link PolishTagger} (identity map: samples are values). */
  static Map<NerSample, Tagged> tagAll(List<NerSample> samples) {
    long t0 = System.nanoTime();
    PolishTagger tagger = PolishTagger.load();
    Map<NerSample, Tagged> out = new java.util.IdentityHashMap<>();
    long tokens = 0;
    for (NerSample s : samples) {
      List<String> lemmas = new ArrayList<>(s.words().size());
      List<String> tags = new ArrayList<>(s.words().size());
      for (Analysis a : tagger.tagWords(s.words())) {
        lemmas.add(a.lemma());
        tags.add(a.tag());
      }
      out.put(s, new Tagged(lemmas, tags));
      tokens += s.words().size();
    }
    System.err.printf(Locale.ROOT, "tagged %d tokens in %.1fs%n", tokens,
        (System.nanoTime() - t0) / 1e9);
    return out;
  }

  /** As {@link #evaluateDev(PolishNer, List)}, with the tagger's lemmas and tags when given. */
  public static SpanScores evaluateDev(PolishNer ner, List<NerSample> dev,
      Map<NerSample, Tagged> tagged) {
    return evaluateDev(ner, dev, tagged, false);
  }

  /** @param coarse score predictions by their top-level type (the gold is expected coarse too) */
  public static SpanScores evaluateDev(PolishNer ner, List<NerSample> dev,
      Map<NerSample, Tagged> tagged, boolean coarse) {
    SpanScores scores = new SpanScores();
    IStemmer stemmer = ner.newStemmer();
    long tokens = 0;
    long t0 = System.nanoTime();
    org.kronika.pl.ner.DocumentMemory memory = null;
    int doc = -1;
    for (NerSample s : dev) {
      if (s.docIndex() != doc) {
        memory = new org.kronika.pl.ner.DocumentMemory();
        doc = s.docIndex();
      }
      List<SpanScores.Item> gold = new ArrayList<>();
      for (TokenSpan g : s.names()) {
        gold.add(new SpanScores.Item(g.start(), g.end(), g.type()));
      }
      List<SpanScores.Item> pred = new ArrayList<>();
      Tagged t = tagged == null ? null : tagged.get(s);
      for (TokenSpan p : ner.recognize(s.words(), t == null ? null : t.lemmas(),
          t == null ? null : t.tags(), stemmer, memory)) {
        pred.add(new SpanScores.Item(p.start(), p.end(),
            coarse ? NerSample.coarse(p.type()) : p.type()));
      }
      scores.add(gold, pred);
      tokens += s.words().size();
    }
    System.err.printf(Locale.ROOT, "dev: %d tokens, %.0f tokens/s%n", tokens,
        tokens / ((System.nanoTime() - t0) / 1e9));
    return scores;
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    return o;
  }

  /** Training events: one per token, with gold previous labels (re-extracted on each pass). */
  static final class EventStream implements ObjectStream<Event> {
    private final List<NerSample> samples;
    private final NerFeatures features;
    private final LabelCodec codec;
    private final IStemmer stemmer;
    private Iterator<NerSample> it;
    private String[][] stat;
    private String[] labels;
    private int pos;
    private int doc = -1;
    private org.kronika.pl.ner.DocumentMemory memory;

    private final Map<NerSample, Tagged> tagged;

    EventStream(List<NerSample> samples, NerFeatures features, LabelCodec codec, IStemmer stemmer,
        Map<NerSample, Tagged> tagged) {
      this.tagged = tagged;
      this.samples = samples;
      this.features = features;
      this.codec = codec;
      this.stemmer = stemmer;
      reset();
    }

    @Override
    public Event read() {
      while (stat == null || pos >= stat.length) {
        if (!it.hasNext()) {
          return null;
        }
        NerSample s = it.next();
        if (s.docIndex() != doc) {
          memory = new org.kronika.pl.ner.DocumentMemory();
          doc = s.docIndex();
        }
        Tagged t = tagged == null ? null : tagged.get(s);
        stat = features.extract(s.words(), t == null ? null : t.lemmas(),
            t == null ? null : t.tags(), stemmer, memory);
        memory.add(s.words(), s.names());
        labels = codec.encode(s.words().size(), s.names());
        pos = 0;
      }
      String p1 = pos > 0 ? labels[pos - 1] : "<S>";
      String p2 = pos > 1 ? labels[pos - 2] : "<S>";
      Event e = new Event(labels[pos], NerFeatures.withLabels(stat[pos], p2, p1));
      pos++;
      return e;
    }

    @Override
    public void reset() {
      it = samples.iterator();
      stat = null;
      doc = -1;
    }
  }
}
