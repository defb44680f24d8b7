package org.kronika.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accuracy evaluators owned by other parts of the project, run as they are (each in its own JVM,
 * its output kept verbatim) so the bench reproduces their figures in the same run as the speeds.
 * They are found by class name: one that is not on the class path yet (e.g. NER before its branch is
 * merged) is reported as "not available yet", never a failure. Nothing here re-implements scoring.
 */
public final class Evaluators {
  private Evaluators() {}

  public static final String NER = "org.kronika.train.ner.NerEvaluator";
  public static final String DUCKLING = "org.kronika.train.time.DucklingTimeEval";
  public static final String POLEVAL_TIME = "org.kronika.train.time.PolEvalTimeEval";
  public static final String NKJP_TIME = "org.kronika.train.time.NkjpTimeEval";
  public static final String TIME_SPEED = "org.kronika.train.time.TimeTaggerBenchmark";
  public static final String CLI = "org.kronika.cli.Main";
  public static final String STORE_BENCH = "org.kronika.store.bench.StoreBench";
  public static final String EVENTS = "org.kronika.pl.event.EventDevsetEval";
  public static final String JUNIT = "org.junit.platform.console.ConsoleLauncher";

  /** Which class path the child JVM gets: the bench's own, or the test one (target/test-lib). */
  public enum Scope { BENCH, TEST }

  /**
   * One evaluator to run: a key (the report refers to it), a title, the class, its arguments, which output
   * lines to quote, the child's JVM options, class path, working directory (null: the repository root) and
   * extra environment, the data split it reads, and why it is not run (null: run it).
   */
  public record Spec(String key, String title, String className, List<String> args, long timeoutSeconds,
      Pattern headline, List<String> jvmArgs, Scope scope, Path workDir, Map<String, String> env, String split,
      String skipReason) {
    Spec(String key, String title, String className, List<String> args, long timeoutSeconds, Pattern headline,
        String split) {
      this(key, title, className, args, timeoutSeconds, headline, List.of("-Xmx3g"), Scope.BENCH, null, Map.of(),
          split, null);
    }

    Spec test(Path dir, List<String> jvm, Map<String, String> environment) {
      return new Spec(key, title, className, args, timeoutSeconds, headline, jvm, Scope.TEST, dir, environment,
          split, skipReason);
    }

    Spec skip(String why) {
      return new Spec(key, title, className, args, timeoutSeconds, headline, jvmArgs, scope, workDir, env, split, why);
    }
  }

  /** What one evaluator run gave. {@code status}: ran, not available yet, failed (…), timed out, skipped. */
  public record Run(Spec spec, String status, String command, String output, List<String> headlines, long wallMs) {
    public boolean ran() {
      return status.equals("ran");
    }
  }

  /** Where the run's inputs are and what it may use. {@code pgUrl} null: no PostgreSQL. */
  public record Setup(Path shared, Path root, String pgUrl, boolean browser, boolean quick) {}

  static final Pattern ALL_LINES = Pattern.compile("^.*$");
  static final Pattern TIME_TABLE = Pattern.compile(
      "^(NKJP.*|PolEval.*|projected.*|type .*|(date|time) +(overlap|exact) .*|named expressions.*)$");

  public static List<Spec> specs(Setup s) {
    String shared = s.shared().toString();
    String data = s.shared().resolve("data").toString();
    String ud = s.shared().resolve("data/ud").toString();
    List<Spec> out = new ArrayList<>();
    List<String> tagger = new ArrayList<>(List.of("eval", "tagger", "--shared", shared));
    for (String f : s.quick() ? List.of("pdb-ud-test") : List.of("lfg-ud-dev", "pdb-ud-test", "lfg-ud-test", "pud-ud-test")) {
      tagger.add(ud + "/pl_" + f + ".conllu.gz");
    }
    out.add(new Spec("tagger", "Tagger: lemma, UPOS, XPOS on UD Polish (gold tokenisation)", CLI, tagger, 600,
        Pattern.compile("^(## .*|\\| tagger, all .*|\\| first reading .*|speed: .*)$"),
        "UD LFG dev (tuning), PDB / LFG / PUD test"));
    out.add(new Spec("ner", "NER: Kronika vs OpenNLP default name finder (PolEval 2018 test, KPWr n82 test)", NER,
        List.of("--data", data), 1200,
        Pattern.compile("^(== .*|PolEval.*|KPWr.*|ALL \\(micro\\).*|throughput:.*)$"), "PolEval 2018 test, KPWr n82 test"));
    out.add(new Spec("duckling", "Time: Duckling Polish time corpus (development set)", DUCKLING, List.of(shared), 300,
        Pattern.compile("^(Duckling.*|value\\+grain correct:.*|negative examples.*|[a-z-]+ +\\d+ +\\d+ +[\\d.]+%)$"),
        "Duckling pl time corpus (dev)"));
    out.add(new Spec("nkjp-time", "Time: NKJP-1M date/time spans (development split)", NKJP_TIME,
        List.of(shared, "--split", "dev"), 300, TIME_TABLE, "NKJP-1M dev (every 5th document)"));
    out.add(new Spec("poleval-time", "Time: PolEval 2018 date/time spans (test set)", POLEVAL_TIME, List.of(shared), 300,
        TIME_TABLE, "PolEval 2018 test"));
    out.add(new Spec("time-speed", "Time: tagger speed on PolEval running text", TIME_SPEED,
        List.of(shared, s.quick() ? "1" : "5"), 300, ALL_LINES, "PolEval 2018 texts"));
    Path store = s.root().resolve("kronika-store");
    int n = s.quick() ? 300 : 10_000;
    String docs = "-Dkronika.bench.docs=" + n;
    String copies = String.format(java.util.Locale.ROOT, "%,d synthetic copies of the 10 kb-samples articles", n);
    out.add(new Spec("store-sqlite", "Knowledge base: StoreBench on SQLite", STORE_BENCH, List.of(), 600, ALL_LINES,
        copies).test(store, List.of("-Xmx2g", docs), Map.of()));
    Spec pg = new Spec("store-pg", "Knowledge base: StoreBench on PostgreSQL", STORE_BENCH, List.of(), 600, ALL_LINES,
        copies).test(store,
            List.of("-Xmx2g", docs, "-Dkronika.bench.store=postgresql"),
            s.pgUrl() == null ? Map.of() : Map.of("KRONIKA_TEST_PG_URL", s.pgUrl()));
    out.add(s.pgUrl() == null ? pg.skip("not run: no PostgreSQL (give --pg URL or KRONIKA_TEST_PG_URL)") : pg);
    for (String set : List.of("devset.txt", "heldout.txt")) {
      String name = set.startsWith("dev") ? "dev" : "held-out";
      for (boolean ner : List.of(false, true)) {
        List<String> a = new ArrayList<>(List.of(set));
        if (ner) {
          a.add("--ner");
        }
        a.add("--errors");
        out.add(new Spec("events-" + name + (ner ? "-ner" : ""), "Events: " + name + " passages, entities from "
            + (ner ? "the real `ner` annotator" : "the test gazetteer"), EVENTS, a, 300, Pattern.compile("^\\S.*$"),
            name.equals("dev") ? "event dev set (written and fitted against)" : "event held-out set")
            .test(null, List.of("-Xmx2g"), Map.of()));
      }
    }
    List<String> seed = new ArrayList<>(List.of("execute", "--disable-banner", "--disable-ansi-colors", "--details=tree"));
    for (String c : List.of("org.kronika.pl.segment.PolishSegmenterSeedTest", "org.kronika.pl.time.SeedTimeTest",
        "org.kronika.pl.event.SeedEventTest", "org.kronika.pl.entity.EntitySeedTest", "org.kronika.pl.event.RealPipelineEventTest",
        "org.kronika.cli.SeedExtractEval")) {
      seed.add("--select-class=" + c);
    }
    out.add(new Spec("seed", "Seed article checks (segmentation, time, events, whole CLI)", JUNIT, seed, 600, ALL_LINES,
        "seed article").test(s.root().resolve("kronika-cli"), List.of("-Xmx2g", "-Dkronika.shared=" + shared), Map.of()));
    String noBrowser = s.browser() ? null : "not run: /usr/bin/chromium or chromedriver not installed";
    Spec demo = new Spec("web-demo", "Web workbench load time: `kronika demo` store", JUNIT, List.of("execute",
        "--disable-banner", "--disable-ansi-colors", "--details=none",
        "--select-method=org.kronika.cli.DemoBrowserTest#firstPageRendersFastAndSearchFindsInflectedForms"), 600,
        ALL_LINES, "demo story (samples/demo)").test(s.root().resolve("kronika-cli"), List.of("-Xmx2g"), Map.of());
    Spec wb = new Spec("web-workbench", "Web workbench load time: hand-annotated kb-samples", JUNIT, List.of("execute",
        "--disable-banner", "--disable-ansi-colors", "--details=none",
        "--select-method=org.kronika.server.web.WorkbenchBrowserTest#firstPageListsDocumentsAndLoadsFast"), 600,
        ALL_LINES, "kb-samples (10 articles)").test(s.root().resolve("kronika-server"), List.of("-Xmx1g"), Map.of());
    out.add(noBrowser == null ? demo : demo.skip(noBrowser));
    out.add(noBrowser == null ? wb : wb.skip(noBrowser));
    return out;
  }

  /** Both {@code /usr/bin/chromium} and a {@code chromedriver} on the usual paths. */
  public static boolean browserInstalled() {
    return Files.isExecutable(Path.of("/usr/bin/chromium")) && (Files.isExecutable(Path.of("/usr/bin/chromedriver"))
        || Files.isExecutable(Path.of("/usr/lib/chromium/chromedriver")));
  }

  public static boolean present(String className) {
    try {
      Class.forName(className, false, Evaluators.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static final String BENCH_JAR = "kronika-bench/target/kronika-bench-0.1.0-SNAPSHOT.jar";

  /** The class path a spec's child gets, absolute (the child may run in another directory). */
  static String classPath(Spec spec, Path root) {
    if (spec.scope() == Scope.BENCH) {
      return System.getProperty("java.class.path");
    }
    return root.resolve(BENCH_JAR).toAbsolutePath() + java.io.File.pathSeparator
        + root.resolve("kronika-bench/target/test-lib").toAbsolutePath() + "/*";
  }

  /** The command as a reader would type it from the repository root. */
  static String command(Spec spec, Setup s) {
    String cp = spec.scope() == Scope.BENCH ? BENCH_JAR + ":kronika-bench/target/lib/*"
        : BENCH_JAR + ":kronika-bench/target/test-lib/*";
    String env = spec.env().isEmpty() ? "" : String.join(" ", spec.env().keySet().stream()
        .map(k -> k + "=…").toList()) + " ";
    String cd = spec.workDir() == null ? "" : "(cd " + spec.workDir().getFileName() + " && ";
    String jvm = spec.jvmArgs().isEmpty() ? "" : String.join(" ", spec.jvmArgs()) + " ";
    String cpShown = spec.workDir() == null ? cp : "../" + cp.replace(":", ":../");
    String shared = s.shared().toAbsolutePath().normalize().toString();
    String sharedShown = spec.workDir() == null ? "../shared" : "../../shared";
    return (cd + env + "java " + jvm + "-cp \"" + cpShown + "\" " + spec.className()
        + (spec.args().isEmpty() ? "" : " " + String.join(" ", spec.args()))
        + (cd.isEmpty() ? "" : ")")).replace(shared, sharedShown);
  }

  public static Run run(Spec spec, Setup s) {
    Path root = s.root();
    String command = command(spec, s);
    if (spec.skipReason() != null) {
      return new Run(spec, spec.skipReason(), command, "", List.of(), 0);
    }
    if (spec.scope() == Scope.BENCH && !present(spec.className())) {
      return new Run(spec, "not available yet (" + spec.className() + " is not on the class path)", command, "",
          List.of(), 0);
    }
    if (spec.scope() == Scope.TEST && !Files.isDirectory(root.resolve("kronika-bench/target/test-lib"))) {
      return new Run(spec, "not run: kronika-bench/target/test-lib missing (package kronika-bench)", command, "",
          List.of(), 0);
    }
    try {
      ChildJvm.Result r = ChildJvm.run(spec.jvmArgs(), classPath(spec, root),
          spec.workDir() == null ? null : spec.workDir(), spec.env(), spec.className(), spec.args(),
          spec.timeoutSeconds());
      List<String> head = new ArrayList<>();
      for (String line : r.output().split("\n")) {
        if (spec.headline().matcher(line).matches() && !line.isBlank()) {
          head.add(line);
        }
      }
      String status = r.timedOut() ? "timed out after " + spec.timeoutSeconds() + " s"
          : r.exitCode() != 0 ? "failed (exit " + r.exitCode() + ")" : "ran";
      return new Run(spec, status, command, r.output(), head, r.wallMs());
    } catch (Exception e) {
      return new Run(spec, "failed (" + e + ")", command, "", List.of(), 0);
    }
  }

  /** NER figures for one system, parsed from {@code NerEvaluator}'s output. NaN where absent. */
  public record NerFigures(String system, double tokensPerSecond, double polevalExactF1, double polevalOverlapF1,
      double kpwrExactF1) {}

  private static final Pattern ALL = Pattern.compile(
      "^ALL \\(micro\\)\\s+\\d+\\s+\\d+\\s+\\|\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+\\|\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s*$");
  private static final Pattern THROUGHPUT = Pattern.compile("^throughput: .*= ([\\d.]+) tokens/s.*$");

  /**
   * Splits the NER evaluator's output at {@code == title} lines; in each block, the first
   * {@code ALL (micro)} row after a {@code PolEval} table gives exact and overlap F1, one after a
   * {@code KPWr} table the KPWr exact F1, and the {@code throughput:} line the speed.
   */
  public static Map<String, NerFigures> parseNer(String output) {
    Map<String, NerFigures> out = new LinkedHashMap<>();
    String system = null;
    String table = "";
    double tps = Double.NaN, pe = Double.NaN, po = Double.NaN, kp = Double.NaN;
    for (String line : (output + "\n== end").split("\n")) {
      if (line.startsWith("== ")) {
        if (system != null) {
          out.put(system, new NerFigures(system, tps, pe, po, kp));
        }
        system = line.substring(3).strip();
        tps = pe = po = kp = Double.NaN;
        continue;
      }
      if (line.startsWith("PolEval")) {
        table = "poleval";
      } else if (line.startsWith("KPWr")) {
        table = "kpwr";
      }
      Matcher m = ALL.matcher(line);
      if (m.matches()) {
        if (table.equals("poleval") && Double.isNaN(pe)) {
          pe = Double.parseDouble(m.group(3));
          po = Double.parseDouble(m.group(6));
        } else if (table.equals("kpwr") && Double.isNaN(kp)) {
          kp = Double.parseDouble(m.group(3));
        }
      }
      Matcher t = THROUGHPUT.matcher(line);
      if (t.matches()) {
        tps = Double.parseDouble(t.group(1));
      }
    }
    return out;
  }
}
