package org.kronika.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kronika.bench.GoldCorpus.GoldSentence;
import org.kronika.bench.GoldCorpus.GoldWord;
import org.kronika.pl.morph.Analysis;
import org.kronika.pl.morph.WordTagger;

/**
 * Side-by-side peer run: Kronika's Polish tagger (when present), LanguageTool 6.8's Polish tagger and
 * disambiguator, and a Morfologik first-reading baseline, on the UD Polish test sets with gold
 * tokenisation. Scores lemma, UPOS and XPOS (NKJP tag) accuracy, then measures single-thread
 * throughput of every tagger on the same sentences in the same JVM, and writes a markdown report.
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl kronika-bench -am package -DskipTests
 * java -cp "kronika-bench/target/kronika-bench-0.1.0-SNAPSHOT.jar:kronika-bench/target/lib/*" \
 *     org.kronika.bench.TaggerComparison --data ../shared/data --out docs/bench/tagger.md
 * </pre>
 *
 * Options: {@code --data DIR} (holding {@code ud/pl_*-ud-test.conllu.gz}, or the files themselves),
 * {@code --out FILE.md}, {@code --sets pdb,lfg,pud}, {@code --warmup 2}, {@code --passes 5},
 * {@code --max-sentences N} (per set, for quick runs), {@code --no-lt}, {@code --kronika-class NAME}.
 */
public final class TaggerComparison {
  public static final String KRONIKA = "Kronika (PolishTagger)";
  public static final String LT = "LanguageTool 6.8 (tagger + disambiguator)";
  public static final String BASELINE = "Morfologik first reading (baseline)";

  private TaggerComparison() {}

  /** One gold test set. */
  public record TestSet(String name, List<GoldSentence> sentences) {
    public long words() {
      return sentences.stream().mapToLong(s -> s.words().size()).sum();
    }
  }

  /** A tagger under comparison; {@code tagger} is null when it could not be loaded ({@code note} says why). */
  public record Contender(String name, WordTagger tagger, double startupMs, String note) {
    public boolean available() {
      return tagger != null;
    }
  }

  /** Counts of correct words out of {@code words}. */
  public record Scores(
      long words,
      long lemma,
      long lemmaCi,
      long upos,
      long xpos,
      long xposHarmonised,
      long xposCompatible,
      long untagged,
      long misaligned) {
    public double pct(long n) {
      return words == 0 ? 0 : 100.0 * n / words;
    }
  }

  /** Throughput of one tagger: the timed passes and their median in tokens per second. */
  public record Speed(long tokensPerPass, List<Double> passSeconds, double tokensPerSecond) {}

  /** Everything one run measured. */
  public record Result(
      List<TestSet> sets,
      List<Contender> contenders,
      Map<String, Map<String, Scores>> scores,
      Map<String, Speed> speeds,
      Map<String, Map<String, Long>> confusions,
      int warmup,
      int passes) {}

  // ------------------------------------------------------------------------------------ scoring

  /** Scores one tagger on one test set, word by word against the gold syntactic words. */
  public static Scores score(WordTagger tagger, List<GoldSentence> sentences) {
    return score(tagger, sentences, new HashMap<>());
  }

  /**
   * As {@link #score(WordTagger, List)}, also counting XPOS confusions (gold → chosen, both without
   * harmonised) into {@code confusions}.
   */
  public static Scores score(WordTagger tagger, List<GoldSentence> sentences, Map<String, Long> confusions) {
    long words = 0, lemma = 0, lemmaCi = 0, upos = 0, xpos = 0, xposNc = 0, xposComp = 0, untagged = 0,
        misaligned = 0;
    for (GoldSentence s : sentences) {
      List<GoldWord> gold = s.words();
      List<Analysis> got = tagger.tagWords(s.forms());
      words += gold.size();
      if (got == null || got.size() != gold.size()) {
        misaligned += gold.size();
        continue;
      }
      for (int i = 0; i < gold.size(); i++) {
        GoldWord g = gold.get(i);
        Prediction p = Prediction.of(g.form(), got.get(i));
        if (p.untagged) {
          untagged++;
        }
        if (p.lemma.equals(g.lemma())) {
          lemma++;
        }
        if (p.lemma.toLowerCase(Locale.ROOT).equals(g.lemma().toLowerCase(Locale.ROOT))) {
          lemmaCi++;
        }
        if (p.upos.equals(g.upos())) {
          upos++;
        }
        if (p.xpos.equals(g.xpos())) {
          xpos++;
        }
        String goldNc = NkjpTags.harmonise(g.xpos());
        String gotNc = NkjpTags.harmonise(p.xpos);
        if (gotNc.equals(goldNc)) {
          xposNc++;
        } else {
          confusions.merge(goldNc + " → " + gotNc, 1L, Long::sum);
        }
        if (p.compatible.contains(goldNc)) {
          xposComp++;
        }
      }
    }
    return new Scores(words, lemma, lemmaCi, upos, xpos, xposNc, xposComp, untagged, misaligned);
  }

  /** A tagger's answer for one word after the harness's common normalisation and fallback. */
  private record Prediction(String lemma, String upos, String xpos, Set<String> compatible, boolean untagged) {
    static Prediction of(String form, Analysis a) {
      String lemma = a == null || a.lemma() == null || a.lemma().isEmpty() ? form : a.lemma();
      String chosen = a == null ? null : NkjpTags.chosen(a.tag());
      if (chosen == null) {
        String fb = NkjpTags.fallbackTag(form);
        return new Prediction(lemma, NkjpTags.fallbackUpos(fb), fb, Set.of(NkjpTags.harmonise(fb)), true);
      }
      String upos = a.upos() != null && !a.upos().isEmpty() ? a.upos() : NkjpTags.upos(chosen, lemma);
      Set<String> compatible =
          NkjpTags.expand(a.tag()).stream().map(NkjpTags::harmonise).collect(Collectors.toSet());
      return new Prediction(lemma, upos, chosen, compatible, false);
    }
  }

  // ------------------------------------------------------------------------------------ speed

  /**
   * Single-thread throughput over all sentences: {@code warmup} untimed passes, then {@code passes}
   * timed ones; the median pass gives tokens per second.
   */
  public static Speed measure(WordTagger tagger, List<List<String>> sentences, int warmup, int passes) {
    long tokens = sentences.stream().mapToLong(List::size).sum();
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += pass(tagger, sentences);
    }
    List<Double> seconds = new ArrayList<>(passes);
    for (int i = 0; i < passes; i++) {
      long t0 = System.nanoTime();
      sink += pass(tagger, sentences);
      seconds.add((System.nanoTime() - t0) / 1e9);
    }
    if (sink == 42) {
      System.err.print(""); // keeps the results observable so the JIT cannot drop the work
    }
    double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median =
        sorted.length == 0
            ? Double.NaN
            : sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return new Speed(tokens, List.copyOf(seconds), tokens / median);
  }

  private static long pass(WordTagger tagger, List<List<String>> sentences) {
    long sink = 0;
    for (List<String> s : sentences) {
      for (Analysis a : tagger.tagWords(s)) {
        sink += a.lemma() == null ? 0 : a.lemma().length();
      }
    }
    return sink;
  }

  // ------------------------------------------------------------------------------------ run

  /** Times a tagger's construction plus its first (short) sentence: what a fresh process pays. */
  public static Contender start(String name, Supplier<WordTagger> factory) {
    long t0 = System.nanoTime();
    WordTagger tagger;
    try {
      tagger = factory.get();
      tagger.tagWords(List.of("Ala", "ma", "kota", "."));
    } catch (RuntimeException | LinkageError e) {
      return new Contender(name, null, Double.NaN, "failed to start: " + e);
    }
    return new Contender(name, tagger, (System.nanoTime() - t0) / 1e6, "");
  }

  /** Scores every available contender on every set, then measures each one's speed on all sets. */
  public static Result compare(List<TestSet> sets, List<Contender> contenders, int warmup, int passes) {
    Map<String, Map<String, Scores>> scores = new LinkedHashMap<>();
    Map<String, Map<String, Long>> confusions = new LinkedHashMap<>();
    for (Contender c : contenders) {
      if (!c.available()) {
        continue;
      }
      Map<String, Scores> perSet = new LinkedHashMap<>();
      Map<String, Long> confused = new HashMap<>();
      for (TestSet set : sets) {
        log("scoring " + c.name() + " on " + set.name());
        perSet.put(set.name(), score(c.tagger(), set.sentences(), confused));
      }
      scores.put(c.name(), perSet);
      confusions.put(c.name(), confused);
    }
    List<List<String>> all = new ArrayList<>();
    for (TestSet set : sets) {
      for (GoldSentence s : set.sentences()) {
        all.add(s.forms());
      }
    }
    Map<String, Speed> speeds = new LinkedHashMap<>();
    for (Contender c : contenders) {
      if (!c.available() || passes <= 0) {
        continue;
      }
      System.gc();
      log("timing " + c.name() + " (" + warmup + " warm-up + " + passes + " timed passes)");
      speeds.put(c.name(), measure(c.tagger(), all, warmup, passes));
    }
    return new Result(sets, contenders, scores, speeds, confusions, warmup, passes);
  }

  // ------------------------------------------------------------------------------------ report

  public static String markdown(Result r, String command) {
    StringBuilder md = new StringBuilder();
    md.append("# Polish tagging: Kronika vs LanguageTool (peer) vs Morfologik first reading (baseline)\n\n");
    md.append("Produced by:\n\n```\n").append(command).append("\n```\n\n");
    md.append("- Date: ")
        .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append('\n');
    md.append("- Machine: ").append(machine()).append('\n');
    md.append("- Data: UD Polish test sets, gold tokenisation (syntactic words; range lines and empty nodes skipped): ");
    md.append(
            r.sets().stream()
                .map(s -> s.name() + " " + s.sentences().size() + " sentences / " + s.words() + " words")
                .collect(Collectors.joining("; ")))
        .append("\n\n");

    md.append("## Taggers\n\n| tagger | status | start-up (construct + first sentence) |\n|---|---|---:|\n");
    for (Contender c : r.contenders()) {
      md.append("| ").append(c.name()).append(" | ")
          .append(c.available() ? "ran" : "not available: " + c.note())
          .append(" | ")
          .append(c.available() ? String.format(Locale.ROOT, "%.0f ms", c.startupMs()) : "–")
          .append(" |\n");
    }

    md.append("\n## Accuracy (% of words)\n\n");
    md.append("| test set | tagger | lemma | lemma (ci) | UPOS | XPOS | XPOS (harmonised) | XPOS ≈ | untagged |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (TestSet set : r.sets()) {
      for (Contender c : r.contenders()) {
        Map<String, Scores> perSet = r.scores().get(c.name());
        if (perSet == null) {
          md.append("| ").append(set.name()).append(" | ").append(c.name())
              .append(" | n/a | n/a | n/a | n/a | n/a | n/a | n/a |\n");
          continue;
        }
        Scores s = perSet.get(set.name());
        md.append("| ").append(set.name()).append(" | ").append(c.name());
        for (long n :
            new long[] {s.lemma(), s.lemmaCi(), s.upos(), s.xpos(), s.xposHarmonised(), s.xposCompatible(), s.untagged()}) {
          md.append(String.format(Locale.ROOT, " | %.2f", s.pct(n)));
        }
        md.append(" |\n");
        if (s.misaligned() > 0) {
          md.append("| | ⚠ ").append(s.misaligned()).append(" words in sentences where the tagger returned the wrong number of analyses (counted wrong) | | | | | | | |\n");
        }
      }
    }

    md.append("\n## Speed (one thread, same JVM, all sentences of all sets per pass)\n\n");
    if (r.speeds().isEmpty()) {
      md.append("Not measured (`--passes 0`).\n");
    } else {
      Speed lt = r.speeds().get(LT);
      md.append("| tagger | tokens/pass | pass times (s) | tokens/s (median of ")
          .append(r.passes()).append(", after ").append(r.warmup()).append(" warm-up) | × LanguageTool |\n");
      md.append("|---|---:|---|---:|---:|\n");
      for (Map.Entry<String, Speed> e : r.speeds().entrySet()) {
        Speed sp = e.getValue();
        md.append("| ").append(e.getKey()).append(" | ").append(sp.tokensPerPass()).append(" | ")
            .append(sp.passSeconds().stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).collect(Collectors.joining(", ")))
            .append(String.format(Locale.ROOT, " | %,.0f | ", sp.tokensPerSecond()))
            .append(lt == null ? "–" : String.format(Locale.ROOT, "%.2f", sp.tokensPerSecond() / lt.tokensPerSecond()))
            .append(" |\n");
      }
      Speed k = r.speeds().get(KRONIKA);
      md.append("\nKronika / LanguageTool speed ratio: ")
          .append(k == null || lt == null
              ? "n/a (" + (k == null ? "Kronika tagger not available" : "LanguageTool not run") + ")"
              : String.format(Locale.ROOT, "%.2f", k.tokensPerSecond() / lt.tokensPerSecond()))
          .append("\n");
    }
    if (!r.confusions().isEmpty()) {
      md.append("\n## Commonest XPOS errors (all sets, gold → chosen, harmonised)\n\n");
      for (Map.Entry<String, Map<String, Long>> e : r.confusions().entrySet()) {
        md.append("**").append(e.getKey()).append("**: ");
        md.append(
            e.getValue().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12)
                .map(c -> "`" + c.getKey() + "` " + c.getValue())
                .collect(Collectors.joining(", ")));
        md.append("\n\n");
      }
    }
    md.append(NOTES);
    return md.toString();
  }

  private static final String NOTES =
      """

      ## How the numbers are made

      - **Input.** Each tagger gets each sentence's gold word list (UD syntactic words, so `zrobiłem` arrives
        as `zrobił` + `em`), one sentence per call.
      - **Lemma** is compared case-sensitively, as UD scores it; **lemma (ci)** ignores case.
      - **XPOS** is the full NKJP tag string, compared exactly with the UD gold XPOS. Taggers' tags first go
        through the same normalisation (`NkjpTags`): take the first `+`-alternative; drop LanguageTool's
        `verb:` prefix and its `refl`/`nonrefl` position; drop the person position of `praet`/`winien`; map
        SGJP genders to NKJP (`n1`,`n2`→`n`, `p1`→`m1`, `p2`,`p3`→`n`); take the first `.`-value of each
        underspecified position (`nom.voc` → `nom`).
        LanguageTool's `interp:comma` etc. become `interp`.
      - **XPOS (harmonised)** irons out the two NKJP tagset versions the treebanks mix (LFG: NKJP 1; PDB and
        PUD: Morfeusz 2) on both sides: drops the positions `col`/`ncol`/`pt` (which no Morfologik-based
        dictionary produces) and treats the classes `qub` and `part` as one.
      - **XPOS ≈** counts a word right when the harmonised gold tag is *one of* the concrete tags the chosen
        reading covers once every `.`-alternative is expanded: the reading is right but may be
        underspecified (e.g. LanguageTool's `adj:sg:nom.voc:m1.m2.m3:pos`).
      - **UPOS.** Neither LanguageTool nor Morfologik has UPOS of its own; both get it from one documented
        NKJP→UPOS table (`NkjpTags.upos`: tag class plus short lemma lists for DET, PRON and AUX, and
        PROPN for a `subst` with a capitalised lemma). Kronika reports its own UPOS.
      - **Untagged** words (a tagger gave no tag: unknown word, or punctuation/agglutinate the dictionary
        does not list) get the same fallback for every tagger: lemma = the form, tag `interp`/UPOS PUNCT for
        punctuation, `dig`/NUM for digits, `ign`/X otherwise.
      - **LanguageTool** is run as `JLanguageTool` does internally: `Polish.getTagger().tag(words with " "
        tokens between)`, an `AnalyzedSentence` with `SENT_START` first and `SENT_END` on the last word,
        then `Polish.getDisambiguator().disambiguate(...)`; the first surviving reading is taken. A
        `JLanguageTool` is constructed once at start-up (it loads the unification settings the
        disambiguation rules need), which is part of its start-up time.
      - **Morfologik first reading** is the first entry `PolishStemmer.lookup` returns (lower-case retry when
        the form is unknown), with no disambiguation: a floor, not a peer.
      - **Speed.** One thread, one JVM, the same sentences (all test sets) for every tagger; untimed warm-up
        passes then timed passes, median reported. Start-up is measured once per process in the order
        LanguageTool, Kronika, baseline, so classes they share (Morfologik FSA) are loaded by LanguageTool's
        start-up: later start-ups are slightly flattered.
      """;

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    String cpu = "";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .findFirst()
              .orElse("");
    } catch (IOException | RuntimeException ignored) {
      // not Linux
    }
    return rt.availableProcessors() + " cores available to the JVM"
        + (cpu.isEmpty() ? "" : " (" + cpu + ")")
        + "; " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vm.vendor") + ")"
        + "; " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        + "; max heap " + rt.maxMemory() / (1024 * 1024) + " MiB"
        + "; load average at start " + loadAverage()
        + "; JVM flags " + ManagementFactory.getRuntimeMXBean().getInputArguments();
  }

  /** The 1/5/15-minute load average (Linux), so a reader can tell a busy machine's timings. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static String command(String[] args) {
    String cmd =
        ProcessHandle.current().info().commandLine().orElse(null);
    if (cmd == null) {
      cmd = "java " + TaggerComparison.class.getName() + " " + String.join(" ", args);
    }
    return "cd " + Path.of("").toAbsolutePath() + "\n" + cmd;
  }

  // ------------------------------------------------------------------------------------ main

  public static void main(String[] args) throws IOException {
    Map<String, String> opt = parse(args);
    Path data = Path.of(opt.getOrDefault("data", "../shared/data"));
    List<String> setNames = Arrays.asList(opt.getOrDefault("sets", "pdb,lfg,pud").split(","));
    int warmup = Integer.parseInt(opt.getOrDefault("warmup", "2"));
    int passes = Integer.parseInt(opt.getOrDefault("passes", "5"));
    int max = Integer.parseInt(opt.getOrDefault("max-sentences", "0"));

    List<TestSet> sets = new ArrayList<>();
    for (String name : setNames) {
      Path file = findTestSet(data, name.strip());
      List<GoldSentence> sentences = GoldCorpus.read(file);
      if (max > 0 && sentences.size() > max) {
        sentences = sentences.subList(0, max);
      }
      sets.add(new TestSet(name.strip().toUpperCase(Locale.ROOT) + " test", sentences));
    }

    List<Contender> contenders = new ArrayList<>();
    if (opt.containsKey("no-lt")) {
      contenders.add(new Contender(LT, null, Double.NaN, "skipped (--no-lt)"));
    } else {
      log("starting LanguageTool");
      contenders.add(start(LT, LanguageToolTagger::new));
    }
    String kronikaClass = opt.getOrDefault("kronika-class", KronikaTaggerLoader.CLASS_NAME);
    String[] why = new String[1];
    Contender kronika =
        start(
            KRONIKA,
            () -> {
              KronikaTaggerLoader.Loaded l = KronikaTaggerLoader.load(kronikaClass);
              if (l.tagger() == null) {
                why[0] = l.unavailableReason();
                throw new IllegalStateException(l.unavailableReason());
              }
              return l.tagger();
            });
    contenders.add(why[0] != null ? new Contender(KRONIKA, null, Double.NaN, why[0]) : kronika);
    contenders.add(start(BASELINE, MorfologikFirstReadingTagger::new));

    Result result = compare(sets, contenders, warmup, passes);
    String md = markdown(result, command(args));
    System.out.println(md);
    if (opt.containsKey("out")) {
      Path out = Path.of(opt.get("out"));
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      Files.writeString(out, md, StandardCharsets.UTF_8);
      log("wrote " + out.toAbsolutePath());
    }
  }

  static Path findTestSet(Path data, String name) throws IOException {
    String file = "pl_" + name.toLowerCase(Locale.ROOT) + "-ud-test.conllu";
    for (Path dir : List.of(data.resolve("ud"), data)) {
      for (String f : List.of(file + ".gz", file)) {
        if (Files.isRegularFile(dir.resolve(f))) {
          return dir.resolve(f);
        }
      }
    }
    throw new IOException("no " + file + "(.gz) under " + data.toAbsolutePath() + " or its ud/ folder");
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + a + "\n" + usage());
      }
      String key = a.substring(2);
      if (key.equals("help")) {
        System.out.println(usage());
        System.exit(0);
      }
      if (key.equals("no-lt")) {
        opt.put(key, "true");
      } else if (i + 1 < args.length) {
        opt.put(key, args[++i]);
      } else {
        throw new IllegalArgumentException("missing value for " + a + "\n" + usage());
      }
    }
    return opt;
  }

  private static String usage() {
    return Stream.of(
            "usage: TaggerComparison --data DIR --out FILE.md [--sets pdb,lfg,pud] [--warmup 2] [--passes 5]",
            "                        [--max-sentences N] [--no-lt] [--kronika-class org.kronika.pl.morph.PolishTagger]")
        .collect(Collectors.joining("\n"));
  }

  private static void log(String msg) {
    System.err.println("[tagger-comparison] " + msg);
  }
}
