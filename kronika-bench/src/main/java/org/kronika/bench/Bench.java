package org.kronika.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kronika.api.Document;
import org.kronika.api.Layer;
import org.kronika.core.Annotator;
import org.kronika.core.Pipeline;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code kronika bench}: measures Kronika against its peers in one run and writes the report.
 *
 * <ol>
 *   <li>Throughput and latency of the whole pipeline and of each stage, on the seed article plus the
 *       PolEval 2018 documents, one thread and all cores (one shared pipeline), median of timed passes
 *       after warm-up ({@link PipelineThroughput}, {@link TimedPipeline}).</li>
 *   <li>Start-up (spawn → first document) and heap in a child JVM limited to {@code -Xmx512m}
 *       ({@link PipelineChild}).</li>
 *   <li>Peers on the same text: LanguageTool's raw-text analysis vs our segment+morph
 *       ({@link LanguageToolRawText}); taggers on gold tokens with accuracy ({@link TaggerComparison});
 *       the NER and time evaluators when present ({@link Evaluators}).</li>
 *   <li>JMH micro-benchmarks ({@link MorfologikLookupBenchmark}, {@link TaggerBenchmark},
 *       {@link StageBenchmark} for every stage).</li>
 *   <li>The accuracy evaluators, knowledge-base bench, event sets, seed checks and browser load time of the
 *       other modules, each in its own JVM ({@link Evaluators}).</li>
 *   <li>The report: the whole of {@code docs/EVALUATION.md} from a template ({@link EvaluationDocument},
 *       summary table {@link Summary}), {@code docs/bench/tagger.md}, and the chart
 *       {@code docs/bench/throughput.png} ({@link BenchReport}).</li>
 * </ol>
 *
 * Options: {@code --shared DIR} (default {@code ../shared}), {@code --quick} (a smoke run of a minute or
 * two; writes under {@code kronika-bench/target/bench-quick/} instead of {@code docs/}), {@code --threads N},
 * {@code --warmup N}, {@code --passes N}, {@code --max-docs N}, {@code --peer-docs N}, {@code --out-dir DIR}
 * (where {@code EVALUATION.md} and {@code bench/} live; default {@code docs}), {@code --no-lt},
 * {@code --no-tagger}, {@code --no-child}, {@code --no-eval}, {@code --no-jmh}, {@code --jmh-warmup N},
 * {@code --jmh-iterations N}, {@code --jmh-seconds N}, {@code --jmh-include REGEX}, {@code --pg URL},
 * {@code --eval KEY,KEY}.
 */
public final class Bench {
  static final Set<String> FLAGS = Set.of("quick", "no-lt", "no-tagger", "no-child", "no-eval", "no-jmh", "help");

  private Bench() {}

  /** Everything one bench run measured; null fields were skipped. */
  public static final class Result {
    public String command;
    public Instant started;
    public Instant finished;
    public String machine;
    public String loadBefore;
    public String loadAfter;
    public boolean quick;
    public String corpus;
    public long corpusChars;
    public List<String> stages = List.of();
    public PipelineThroughput.Run single;
    public PipelineThroughput.Run multi;
    public ChildHeap child;
    public PeerRaw peerRaw;
    public TaggerComparison.Result tagger;
    public List<Evaluators.Run> evaluators = new ArrayList<>();
    public List<JmhRow> jmh = new ArrayList<>();
    public String jmhNote;
    public List<String> notes = new ArrayList<>();
  }

  /** The child JVM's start-up and heap figures. */
  public record ChildHeap(String jvmArgs, int threads, boolean completed, String status, long firstDocMs,
      long firstDocUptimeMs, long loadMs, int firstDocTokens, long docs, long tokens, double seconds,
      long maxAfterGcBytes, long peakBytes, long retainedBytes, long gcs, long maxHeapBytes) {}

  /** LanguageTool vs our segmentation+tagging stages on the same raw documents, one thread. */
  public record PeerRaw(int docs, long chars, long kronikaTokens, long ltTokens, List<String> kronikaStages,
      List<Double> kronikaSeconds, List<Double> ltSeconds, double ltStartupMs) {
    public double kronikaTokensPerSecond() {
      return kronikaTokens / Stats.median(kronikaSeconds);
    }

    /** Per our token count, so both rows divide the same number (the ratio is the time ratio). */
    public double ltTokensPerSecond() {
      return kronikaTokens / Stats.median(ltSeconds);
    }

    public double ratio() {
      return Stats.median(ltSeconds) / Stats.median(kronikaSeconds);
    }
  }

  /** One JMH result. */
  public record JmhRow(String benchmark, String param, double score, double error, String unit, double tokensPerOp) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args, FLAGS);
    if (o.containsKey("help")) {
      System.out.println(usage());
      return;
    }
    Result r = run(o, commandLine(args));
    System.exit(r == null ? 1 : 0);
  }

  static String commandLine(String[] args) {
    return ("./kronika bench " + String.join(" ", args)).strip();
  }

  public static Result run(Map<String, String> o, String command) throws Exception {
    boolean quick = o.containsKey("quick");
    Path shared = Path.of(o.getOrDefault("shared", "../shared"));
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = intOpt(o, "threads", cores);
    int warmup = intOpt(o, "warmup", quick ? 1 : 2);
    int passes = intOpt(o, "passes", quick ? 1 : 3);
    int maxDocs = intOpt(o, "max-docs", quick ? 150 : 0);
    int peerDocs = intOpt(o, "peer-docs", quick ? 20 : 300);
    Path outDir = Path.of(o.getOrDefault("out-dir", quick ? "kronika-bench/target/bench-quick" : "docs"));

    Result r = new Result();
    r.command = command;
    r.quick = quick;
    r.started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    r.loadBefore = TaggerComparison.loadAverage();
    r.machine = TaggerComparison.machine();
    log("machine: " + r.machine);

    // ---------------------------------------------------------------- input
    boolean haveData = BenchCorpus.available(shared);
    BenchCorpus corpus;
    if (haveData) {
      corpus = BenchCorpus.load(shared, maxDocs);
    } else {
      corpus = BenchCorpus.synthetic(quick ? 20 : 200);
      r.notes.add("`" + shared + "` not found: a synthetic corpus stands in, peers and evaluators that need the "
          + "shared data are skipped.");
    }
    r.corpus = corpus.description();
    r.corpusChars = corpus.chars();
    log("input: " + r.corpus + ", " + r.corpusChars + " chars");

    // ---------------------------------------------------------------- pipeline throughput
    List<String> names = BenchPipelines.defaultNames("pl");
    Pipeline pipeline = BenchPipelines.load("pl", names);
    TimedPipeline timed = new TimedPipeline(pipeline);
    r.stages = timed.stageNames();
    log("pipeline: " + r.stages);
    System.gc();
    log("pipeline, 1 thread: " + warmup + " warm-up + " + passes + " timed passes");
    r.single = PipelineThroughput.measure(timed, corpus.documents(), 1, warmup, passes);
    log(String.format(Locale.ROOT, "  %,.0f tokens/s wall, %,.0f tokens per CPU-second", r.single.tokensPerSecond(),
        r.single.tokensPerCpuSecond()));
    if (threads > 1) {
      log("pipeline, " + threads + " threads sharing one pipeline");
      r.multi = PipelineThroughput.measure(timed, corpus.documents(), threads, warmup, passes);
      log(String.format(Locale.ROOT, "  %,.0f tokens/s wall", r.multi.tokensPerSecond()));
    }

    // ---------------------------------------------------------------- LanguageTool on raw text
    if (!o.containsKey("no-lt")) {
      r.peerRaw = peerRaw(pipeline, corpus.head(peerDocs + 1).documents(), warmup, passes);
      log(String.format(Locale.ROOT, "  raw text: Kronika %,.0f vs LanguageTool %,.0f tokens/s (x%.2f)",
          r.peerRaw.kronikaTokensPerSecond(), r.peerRaw.ltTokensPerSecond(), r.peerRaw.ratio()));
    }

    // ---------------------------------------------------------------- taggers on gold tokens, with accuracy
    if (!o.containsKey("no-tagger") && haveData) {
      r.tagger = taggerComparison(shared.resolve("data"), quick, o.containsKey("no-lt"));
      if (!quick) {
        Path md = outDir.resolve("bench/tagger.md");
        Files.createDirectories(md.getParent());
        Files.writeString(md, TaggerComparison.markdown(r.tagger,
            command + "   # the tagger section of the bench (TaggerComparison, --warmup 2 --passes 3)"));
        log("wrote " + md);
      }
    }
    // the pipeline instance is not needed any more: free it before the child JVMs start
    pipeline = null;
    timed = null;
    System.gc();

    // ---------------------------------------------------------------- start-up and heap (child JVM)
    if (!o.containsKey("no-child")) {
      r.child = childHeap(shared, haveData, threads, maxDocs, quick);
      log("child JVM: " + r.child.status());
    }

    // ---------------------------------------------------------------- accuracy evaluators of other modules
    if (!o.containsKey("no-eval") && haveData) {
      String pg = o.getOrDefault("pg", System.getenv("KRONIKA_TEST_PG_URL"));
      Evaluators.Setup setup = new Evaluators.Setup(shared.toAbsolutePath().normalize(),
          Path.of("").toAbsolutePath(), pg == null || pg.isBlank() ? null : pg, Evaluators.browserInstalled(), quick);
      List<String> only = o.containsKey("eval") ? List.of(o.get("eval").split(",")) : null;
      for (Evaluators.Spec spec : Evaluators.specs(setup)) {
        if (only != null && !only.contains(spec.key())) {
          continue;
        }
        if (quick && spec.className().equals(Evaluators.NER)) {
          r.evaluators.add(new Evaluators.Run(spec, "skipped (--quick)", "", "", List.of(), 0));
          continue;
        }
        log("evaluator " + spec.key() + ": " + spec.className());
        Evaluators.Run run = Evaluators.run(spec, setup);
        log("  " + run.status() + " (" + run.wallMs() / 1000 + " s)");
        r.evaluators.add(run);
      }
    }

    // ---------------------------------------------------------------- JMH
    if (!o.containsKey("no-jmh")) {
      jmh(r, o, quick);
    }

    r.loadAfter = TaggerComparison.loadAverage();
    r.finished = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    // ---------------------------------------------------------------- report
    BenchReport report = new BenchReport(r);
    for (String line : report.targetLines()) {
      System.out.println(line);
    }
    Files.createDirectories(outDir.resolve("bench"));
    Path chart = outDir.resolve("bench/throughput.png");
    report.writeChart(chart);
    log("wrote " + chart);
    Path evaluation = outDir.resolve("EVALUATION.md");
    EvaluationDocument.write(evaluation, r, "bench/throughput.png");
    log("wrote " + evaluation);
    if (!quick && !o.containsKey("out-dir") && EvaluationDocument.writeRatios(Path.of("README.md"), r)) {
      log("updated the ratios in README.md");
    }
    return r;
  }

  // ------------------------------------------------------------------------------------ parts

  static PeerRaw peerRaw(Pipeline pipeline, List<Document> docs, int warmup, int passes) {
    // our stages up to the one that produces MORPHOLOGY: the work LanguageTool's analyzeText does
    List<Annotator> as = pipeline.annotators();
    int upto = as.size();
    for (int i = 0; i < as.size(); i++) {
      if (as.get(i).produces().contains(Layer.MORPHOLOGY)) {
        upto = i + 1;
        break;
      }
    }
    Pipeline segTag = BenchPipelines.prefix(pipeline, upto);
    log("LanguageTool on raw text: starting");
    long t0 = System.nanoTime();
    LanguageToolRawText lt = new LanguageToolRawText();
    lt.analyze("Ala ma kota.");
    double startup = (System.nanoTime() - t0) / 1e6;
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    long ours = 0;
    long theirs = 0;
    for (Document d : docs) {
      ours += segTag.annotate(d).tokens().size();
      theirs += lt.analyze(d.text());
    }
    for (int i = 0; i < warmup; i++) { // on top of the counting pass: LanguageTool needs the JIT warm too
      docs.forEach(segTag::annotate);
      docs.forEach(d -> lt.analyze(d.text()));
    }
    List<Double> k = new ArrayList<>();
    List<Double> l = new ArrayList<>();
    log("LanguageTool vs " + segTag.annotators().stream().map(Annotator::name).toList() + " on " + docs.size()
        + " documents, " + passes + " interleaved passes");
    for (int i = 0; i < passes; i++) {
      long a = System.nanoTime();
      docs.forEach(segTag::annotate);
      k.add((System.nanoTime() - a) / 1e9);
      long b = System.nanoTime();
      docs.forEach(d -> lt.analyze(d.text()));
      l.add((System.nanoTime() - b) / 1e9);
    }
    return new PeerRaw(docs.size(), chars, ours, theirs,
        segTag.annotators().stream().map(Annotator::name).toList(), k, l, startup);
  }

  static TaggerComparison.Result taggerComparison(Path data, boolean quick, boolean noLt) throws IOException {
    List<TaggerComparison.TestSet> sets = new ArrayList<>();
    for (String name : List.of("pdb", "lfg", "pud")) {
      List<GoldCorpus.GoldSentence> s = GoldCorpus.read(TaggerComparison.findTestSet(data, name));
      if (quick && s.size() > 100) {
        s = s.subList(0, 100);
      }
      sets.add(new TaggerComparison.TestSet(name.toUpperCase(Locale.ROOT) + " test", s));
    }
    List<TaggerComparison.Contender> cs = new ArrayList<>();
    cs.add(noLt ? new TaggerComparison.Contender(TaggerComparison.LT, null, Double.NaN, "skipped (--no-lt)")
        : TaggerComparison.start(TaggerComparison.LT, LanguageToolTagger::new));
    String[] why = new String[1];
    TaggerComparison.Contender k = TaggerComparison.start(TaggerComparison.KRONIKA, () -> {
      KronikaTaggerLoader.Loaded l = KronikaTaggerLoader.load();
      if (l.tagger() == null) {
        why[0] = l.unavailableReason();
        throw new IllegalStateException(l.unavailableReason());
      }
      return l.tagger();
    });
    cs.add(why[0] != null ? new TaggerComparison.Contender(TaggerComparison.KRONIKA, null, Double.NaN, why[0]) : k);
    cs.add(TaggerComparison.start(TaggerComparison.BASELINE, MorfologikFirstReadingTagger::new));
    return TaggerComparison.compare(sets, cs, quick ? 1 : 2, quick ? 1 : 3);
  }

  static ChildHeap childHeap(Path shared, boolean haveData, int threads, int maxDocs, boolean quick)
      throws IOException, InterruptedException {
    List<String> jvm = List.of("-Xmx512m");
    List<String> args = new ArrayList<>(List.of("--threads", "" + threads));
    if (haveData) {
      args.addAll(List.of("--shared", shared.toString(), "--max-docs", "" + maxDocs));
    } else {
      args.addAll(List.of("--synthetic", quick ? "20" : "200"));
    }
    log("child JVM " + jvm + " " + PipelineChild.class.getSimpleName() + " " + args);
    ChildJvm.Result c = ChildJvm.run(jvm, PipelineChild.class.getName(), args, 900);
    ChildJvm.Line first = c.first("FIRST ");
    ChildJvm.Line done = c.first("DONE ");
    ChildJvm.Line heap = c.first("HEAP ");
    Map<String, String> f = new LinkedHashMap<>();
    for (ChildJvm.Line l : Arrays.asList(first, done, heap)) {
      if (l != null) {
        for (String kv : l.text().split(" ")) {
          int eq = kv.indexOf('=');
          if (eq > 0) {
            f.put(kv.substring(0, eq), kv.substring(eq + 1));
          }
        }
      }
    }
    boolean completed = c.exitCode() == 0 && done != null && heap != null;
    String status = completed ? "completed" : c.timedOut() ? "timed out" : "failed (exit " + c.exitCode()
        + (c.output().contains("OutOfMemoryError") ? ", OutOfMemoryError" : "") + ")";
    return new ChildHeap(String.join(" ", jvm), threads, completed, status,
        first == null ? -1 : first.atMs(), lng(f, "uptimeMs"), lng(f, "loadMs"), (int) lng(f, "firstTokens"),
        lng(f, "docs"), done == null ? -1 : Long.parseLong(done.text().replaceAll(".*tokens=(\\d+).*", "$1")),
        f.containsKey("seconds") ? Double.parseDouble(f.get("seconds")) : Double.NaN,
        lng(f, "maxAfterGc"), lng(f, "peak"), lng(f, "retained"), lng(f, "gcs"), lng(f, "max"));
  }

  static void jmh(Result r, Map<String, String> o, boolean quick) {
    List<String> stages = r.stages;
    int wi = intOpt(o, "jmh-warmup", quick ? 1 : 2);
    int mi = intOpt(o, "jmh-iterations", quick ? 1 : 3);
    int secs = intOpt(o, "jmh-seconds", 1);
    String include = o.getOrDefault("jmh-include",
        "org\\.kronika\\.bench\\.(MorfologikLookupBenchmark|TaggerBenchmark|StageBenchmark)\\..*");
    ChainedOptionsBuilder ob = new OptionsBuilder().include(include).forks(1)
        .warmupIterations(wi).warmupTime(TimeValue.seconds(secs))
        .measurementIterations(mi).measurementTime(TimeValue.seconds(secs))
        .param("stage", stages.toArray(new String[0]))
        .jvmArgsAppend("-Xmx1g");
    r.jmhNote = "JMH 1.37, 1 fork, " + wi + " × " + secs + " s warm-up + " + mi + " × " + secs
        + " s measurement iterations, one thread; score ± 99.9% half-interval";
    log("JMH: " + r.jmhNote);
    try {
      // tokens per operation, to turn operations/s into tokens/s
      Pipeline p = BenchPipelines.load("pl", BenchPipelines.defaultNames("pl"));
      int paragraphTokens = p.annotators().isEmpty() ? 0
          : BenchPipelines.prefix(p, 1).annotate(StageBenchmark.paragraph()).tokens().size();
      for (RunResult rr : new Runner(ob.build()).run()) {
        String bench = rr.getParams().getBenchmark();
        String simple = bench.substring(bench.lastIndexOf('.', bench.lastIndexOf('.') - 1) + 1);
        String param = rr.getParams().getParam("stage");
        double perOp = simple.startsWith("TaggerBenchmark") ? TaggerBenchmark.WORDS.size()
            : simple.startsWith("MorfologikLookupBenchmark") ? 1
            : simple.startsWith("StageBenchmark") ? paragraphTokens : Double.NaN;
        r.jmh.add(new JmhRow(simple, param == null ? "" : "stage=" + param, rr.getPrimaryResult().getScore(),
            rr.getPrimaryResult().getScoreError(), rr.getPrimaryResult().getScoreUnit(), perOp));
      }
    } catch (Exception | LinkageError e) {
      r.jmhNote += "; FAILED: " + e;
      log("JMH failed: " + e);
    }
  }

  // ------------------------------------------------------------------------------------ helpers

  private static long lng(Map<String, String> f, String k) {
    try {
      return Long.parseLong(f.getOrDefault(k, "-1"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static int intOpt(Map<String, String> o, String k, int fallback) {
    return o.containsKey(k) ? Integer.parseInt(o.get(k)) : fallback;
  }

  static Map<String, String> options(String[] args, Set<String> flags) {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + a + "\n" + usage());
      }
      String key = a.substring(2);
      int eq = key.indexOf('=');
      if (eq > 0) {
        opt.put(key.substring(0, eq), key.substring(eq + 1));
      } else if (flags.contains(key)) {
        opt.put(key, "true");
      } else if (i + 1 < args.length) {
        opt.put(key, args[++i]);
      } else {
        throw new IllegalArgumentException("missing value for " + a + "\n" + usage());
      }
    }
    return opt;
  }

  static String usage() {
    return String.join("\n",
        "usage: ./kronika bench [--quick] [--shared ../shared] [--threads N] [--warmup 1] [--passes 3]",
        "                       [--max-docs N] [--peer-docs 300] [--out-dir docs]",
        "                       [--no-lt] [--no-tagger] [--no-child] [--no-eval] [--no-jmh]",
        "                       [--jmh-warmup 2] [--jmh-iterations 3] [--jmh-seconds 1] [--jmh-include REGEX]",
        "                       [--pg postgresql://USER:PW@HOST:PORT/DB] [--eval KEY,KEY]",
        "Writes <out-dir>/EVALUATION.md (the whole file, from the template in kronika-bench's resources),",
        "<out-dir>/bench/throughput.png and <out-dir>/bench/tagger.md; --quick writes under",
        "kronika-bench/target/bench-quick/. --pg (or KRONIKA_TEST_PG_URL) adds StoreBench on PostgreSQL;",
        "--eval runs only the named evaluators (keys: tagger, ner, duckling, nkjp-time, poleval-time, time-speed,",
        "store-sqlite, store-pg, events-dev, events-dev-ner, events-held-out, events-held-out-ner, seed,",
        "web-demo, web-workbench).");
  }

  static void log(String msg) {
    System.err.println("[bench] " + msg);
  }
}
