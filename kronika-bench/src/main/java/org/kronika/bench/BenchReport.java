package org.kronika.bench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Turns a {@link Bench.Result} into PASS/MISS lines for the speed and heap targets, the benchmark tables of
 * {@code docs/EVALUATION.md} ({@link #body}, placed by {@link EvaluationDocument}) and the throughput chart
 * (XChart, PNG).
 */
public final class BenchReport {
  static final double PIPELINE_TARGET = 50_000;
  static final double TAGGING_TARGET = 3.0;
  static final double NER_SPEED_TARGET = 0.5;
  static final long HEAP_TARGET = 512L * 1024 * 1024;

  private final Bench.Result r;

  public BenchReport(Bench.Result r) {
    this.r = r;
  }

  // ------------------------------------------------------------------------------------ targets

  /** One target: its name, PASS/MISS/N/A, and the figures it was judged on. */
  public record Target(String name, String verdict, String figures) {
    public String line() {
      return String.format(Locale.ROOT, "%-4s %s: %s", verdict, name, figures);
    }
  }

  public List<Target> targets() {
    List<Target> t = new ArrayList<>();
    // 1. pipeline per core
    if (r.single != null) {
      double cpu = r.single.tokensPerCpuSecond();
      double wall = r.single.tokensPerSecond();
      double judged = Double.isNaN(cpu) ? wall : cpu;
      t.add(new Target("full pipeline ≥ 50k tokens/s per core", judged >= PIPELINE_TARGET ? "PASS" : "MISS",
          String.format(Locale.ROOT, "%s tokens per CPU-second on one thread (%s tokens/s wall, load %s)%s",
              n(cpu), n(wall), r.loadBefore, r.multi == null ? "" : String.format(Locale.ROOT,
                  "; %d threads: %s tokens/s wall = %s per core", r.multi.threads(),
                  n(r.multi.tokensPerSecond()), n(r.multi.tokensPerSecond() / r.multi.threads())))));
    }
    // 2. tagging vs LanguageTool
    Double gold = goldRatio();
    if (r.peerRaw != null || gold != null) {
      double judged = r.peerRaw != null ? r.peerRaw.ratio() : gold;
      String fig = (r.peerRaw != null ? String.format(Locale.ROOT, "raw text (segment+tag) ×%.2f", r.peerRaw.ratio())
          : "raw text not run") + (gold != null ? String.format(Locale.ROOT, "; tagger on gold tokens ×%.2f", gold) : "");
      t.add(new Target("tagging ≥ 3× LanguageTool", judged >= TAGGING_TARGET ? "PASS" : "MISS", fig));
    } else {
      t.add(new Target("tagging ≥ 3× LanguageTool", "N/A", "LanguageTool not run"));
    }
    // 3. NER vs OpenNLP
    t.add(nerTarget());
    // 4. heap
    if (r.child != null) {
      boolean ok = r.child.completed() && r.child.maxAfterGcBytes() <= HEAP_TARGET;
      t.add(new Target("heap ≤ 512 MB for the whole pipeline", ok ? "PASS" : "MISS", String.format(Locale.ROOT,
          "child JVM %s, %d threads, %s: max heap after GC %s, retained %s", r.child.jvmArgs(), r.child.threads(),
          r.child.status(), mb(r.child.maxAfterGcBytes()), mb(r.child.retainedBytes()))));
    } else {
      t.add(new Target("heap ≤ 512 MB for the whole pipeline", "N/A", "child JVM not run (--no-child)"));
    }
    return t;
  }

  private Target nerTarget() {
    String name = "NER ≥ 0.5× OpenNLP default name finder's speed, more accurate";
    Evaluators.Run ner = r.evaluators.stream()
        .filter(e -> e.spec().className().equals(Evaluators.NER)).findFirst().orElse(null);
    if (ner == null || !ner.ran()) {
      return new Target(name, "N/A", ner == null ? "NER evaluator not run" : ner.status());
    }
    Map<String, Evaluators.NerFigures> f = Evaluators.parseNer(ner.output());
    Evaluators.NerFigures ours = f.values().stream().filter(x -> x.system().contains("Kronika")).findFirst().orElse(null);
    Evaluators.NerFigures base = f.values().stream().filter(x -> x.system().contains("OpenNLP")).findFirst().orElse(null);
    if (ours == null || base == null) {
      return new Target(name, "N/A", "evaluator output not understood (systems: " + f.keySet() + ")");
    }
    double speed = ours.tokensPerSecond() / base.tokensPerSecond();
    boolean ok = speed >= NER_SPEED_TARGET && ours.polevalExactF1() > base.polevalExactF1();
    return new Target(name, ok ? "PASS" : "MISS", String.format(Locale.ROOT,
        "speed ×%.2f (%s vs %s tokens/s); PolEval exact F1 %.3f vs %.3f", speed, n(ours.tokensPerSecond()),
        n(base.tokensPerSecond()), ours.polevalExactF1(), base.polevalExactF1()));
  }

  private Double goldRatio() {
    if (r.tagger == null) {
      return null;
    }
    TaggerComparison.Speed k = r.tagger.speeds().get(TaggerComparison.KRONIKA);
    TaggerComparison.Speed l = r.tagger.speeds().get(TaggerComparison.LT);
    return k == null || l == null ? null : k.tokensPerSecond() / l.tokensPerSecond();
  }

  public List<String> targetLines() {
    return targets().stream().map(Target::line).toList();
  }

  // ------------------------------------------------------------------------------------ markdown

  /**
   * The pipeline, start-up, peer and JMH tables and the method notes of this run: the {@code {{bench}}} part of
   * {@code docs/EVALUATION.md} ({@link EvaluationDocument}); the summary and the evaluators are rendered there.
   */
  public String body(String chartLink) {
    StringBuilder md = new StringBuilder();
    md.append("- Input: ").append(r.corpus).append(String.format(Locale.ROOT, ", %,d characters", r.corpusChars));
    if (r.single != null) {
      md.append(String.format(Locale.ROOT, ", %,d tokens (Kronika's segmenter)", r.single.tokens()));
    }
    md.append("\n- Pipeline: ").append(String.join(" → ", r.stages))
        .append(" (every annotator the Polish pack registers, in the CLI's default order)\n");
    md.append("\n![Throughput, tokens per second](").append(chartLink).append(")\n\n");
    md.append("| target | result | figures |\n|---|---|---|\n");
    for (Target t : targets()) {
      md.append("| ").append(t.name()).append(" | **").append(t.verdict()).append("** | ").append(t.figures()).append(" |\n");
    }
    pipelineTables(md);
    childTable(md);
    peerTables(md);
    jmhTable(md);
    md.append(METHOD);
    return md.toString();
  }

  private void pipelineTables(StringBuilder md) {
    if (r.single == null) {
      return;
    }
    PipelineThroughput.Run s = r.single;
    md.append("\n### Throughput: whole pipeline and each stage\n\n");
    md.append(String.format(Locale.ROOT, "Same %,d documents for every row; median of %d timed passes after %d warm-up pass(es). "
        + "Tokens are Kronika's segmenter tokens for every row.\n\n", s.docs(), s.passSeconds().size(), s.warmup()));
    md.append("| what | threads | tokens/s (wall) | tokens per CPU-second | docs/s | share of pipeline time | pass times (s) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---|\n");
    row(md, "**whole pipeline**", s, s.medianSeconds(), s.cpuSeconds(), null);
    if (r.multi != null) {
      row(md, "**whole pipeline**, one shared instance", r.multi, r.multi.medianSeconds(), r.multi.cpuSeconds(), null);
    }
    double stageSum = s.stages().values().stream().mapToDouble(PipelineThroughput.StageTime::wallSeconds).sum();
    for (Map.Entry<String, PipelineThroughput.StageTime> e : s.stages().entrySet()) {
      PipelineThroughput.StageTime st = e.getValue();
      md.append("| stage `").append(e.getKey()).append("` | 1 | ").append(n(s.tokens() / st.wallSeconds())).append(" | ")
          .append(n(st.cpuSeconds() > 0 ? s.tokens() / st.cpuSeconds() : Double.NaN)).append(" | ")
          .append(n(s.docs() / st.wallSeconds())).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f%%", 100 * st.wallSeconds() / stageSum)).append(" | |\n");
    }
    if (s.latency() != null) {
      PipelineThroughput.Latency l = s.latency();
      md.append(String.format(Locale.ROOT, "\nLatency per document, whole pipeline, one thread (all timed passes): "
          + "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (mean document %,d characters).\n",
          l.p50(), l.p90(), l.p99(), l.max(), s.chars() / Math.max(1, s.docs())));
    }
  }

  private static void row(StringBuilder md, String what, PipelineThroughput.Run run, double secs, double cpu, String share) {
    md.append("| ").append(what).append(" | ").append(run.threads()).append(" | ").append(n(run.tokens() / secs))
        .append(" | ").append(n(cpu > 0 ? run.tokens() / cpu : Double.NaN)).append(" | ").append(n(run.docs() / secs))
        .append(" | ").append(share == null ? "100%" : share).append(" | ")
        .append(run.passSeconds().stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).collect(Collectors.joining(", ")))
        .append(" |\n");
  }

  private void childTable(StringBuilder md) {
    if (r.child == null) {
      return;
    }
    Bench.ChildHeap c = r.child;
    md.append("\n### Start-up and heap (child JVM `").append(c.jvmArgs()).append("`)\n\n");
    md.append("| figure | value |\n|---|---:|\n");
    md.append("| status (all documents, ").append(c.threads()).append(" threads) | ").append(c.status()).append(" |\n");
    md.append("| spawn → first document annotated (seed article, ").append(c.firstDocTokens()).append(" tokens), parent's clock | ")
        .append(c.firstDocMs()).append(" ms |\n");
    md.append("| … of which JVM up-time at that point | ").append(c.firstDocUptimeMs()).append(" ms |\n");
    md.append("| … of which building the pipeline (loading models and rules) | ").append(c.loadMs()).append(" ms |\n");
    md.append("| heap used after GC, maximum over the run | ").append(mb(c.maxAfterGcBytes())).append(" |\n");
    md.append("| heap retained after a full GC at the end (pipeline loaded) | ").append(mb(c.retainedBytes())).append(" |\n");
    md.append("| heap peak, garbage included (sum of pool peaks) | ").append(mb(c.peakBytes())).append(" |\n");
    md.append("| collections / max heap | ").append(c.gcs()).append(" / ").append(mb(c.maxHeapBytes())).append(" |\n");
  }

  private void peerTables(StringBuilder md) {
    md.append("\n### Peers side by side\n\n");
    if (r.peerRaw != null) {
      Bench.PeerRaw p = r.peerRaw;
      md.append(String.format(Locale.ROOT, "**Segmentation + tagging on raw text**, one thread, the first %,d documents "
          + "of the input (%,d characters), %d interleaved timed passes after warm-up; tokens/s divide Kronika's "
          + "%,d tokens for both (LanguageTool made %,d):\n\n", p.docs(), p.chars(), p.kronikaSeconds().size(),
          p.kronikaTokens(), p.ltTokens()));
      md.append("| system | work | tokens/s | pass times (s) | start-up | × LanguageTool |\n|---|---|---:|---|---:|---:|\n");
      md.append("| Kronika | `").append(String.join("` + `", p.kronikaStages())).append("` | ").append(n(p.kronikaTokensPerSecond()))
          .append(" | ").append(secs(p.kronikaSeconds())).append(" | (see child JVM) | ")
          .append(String.format(Locale.ROOT, "%.2f", p.ratio())).append(" |\n");
      md.append("| LanguageTool 6.8 | `JLanguageTool.analyzeText`: sentences, tokens, tagger, disambiguator | ")
          .append(n(p.ltTokensPerSecond())).append(" | ").append(secs(p.ltSeconds())).append(" | ")
          .append(String.format(Locale.ROOT, "%.0f ms", p.ltStartupMs())).append(" | 1.00 |\n\n");
    }
    if (r.tagger != null) {
      md.append("**Tagging on gold tokens** (UD Polish test sets; `TaggerComparison` in the same JVM; full report with "
          + "error analysis: [`docs/bench/tagger.md`](bench/tagger.md)). Accuracy in % of words; speed one thread, "
          + "median of ").append(r.tagger.passes()).append(" passes after ").append(r.tagger.warmup()).append(" warm-up:\n\n");
      md.append("| tagger | ");
      for (TaggerComparison.TestSet set : r.tagger.sets()) {
        md.append(set.name()).append(" lemma / UPOS | ");
      }
      md.append("tokens/s | × LanguageTool |\n|---|");
      md.append("---:|".repeat(r.tagger.sets().size())).append("---:|---:|\n");
      TaggerComparison.Speed lt = r.tagger.speeds().get(TaggerComparison.LT);
      for (TaggerComparison.Contender c : r.tagger.contenders()) {
        md.append("| ").append(c.name()).append(" | ");
        Map<String, TaggerComparison.Scores> per = r.tagger.scores().get(c.name());
        for (TaggerComparison.TestSet set : r.tagger.sets()) {
          TaggerComparison.Scores sc = per == null ? null : per.get(set.name());
          md.append(sc == null ? "n/a" : String.format(Locale.ROOT, "%.2f / %.2f", sc.pct(sc.lemma()), sc.pct(sc.upos())))
              .append(" | ");
        }
        TaggerComparison.Speed sp = r.tagger.speeds().get(c.name());
        md.append(sp == null ? "n/a" : n(sp.tokensPerSecond())).append(" | ")
            .append(sp == null || lt == null ? "–" : String.format(Locale.ROOT, "%.2f", sp.tokensPerSecond() / lt.tokensPerSecond()))
            .append(" |\n");
      }
      md.append(String.format(Locale.ROOT, "\nTest sets: %s.\n",
          r.tagger.sets().stream().map(s -> s.name() + " " + s.sentences().size() + " sentences / " + s.words() + " words")
              .collect(Collectors.joining("; "))));
    }
  }

  private void jmhTable(StringBuilder md) {
    if (r.jmhNote == null) {
      return;
    }
    md.append("\n### JMH micro-benchmarks\n\n").append(r.jmhNote).append(".\n\n");
    if (r.jmh.isEmpty()) {
      return;
    }
    md.append("| benchmark | parameter | score | unit | tokens per op | tokens/s |\n|---|---|---:|---|---:|---:|\n");
    for (Bench.JmhRow j : r.jmh) {
      md.append(String.format(Locale.ROOT, "| `%s` | %s | %s ± %s | %s | %s | %s |\n", j.benchmark(), j.param(),
          n(j.score()), n(j.error()), j.unit(), Double.isNaN(j.tokensPerOp()) ? "–" : n(j.tokensPerOp()),
          Double.isNaN(j.tokensPerOp()) ? "–" : n(j.score() * j.tokensPerOp())));
    }
  }

  static final String METHOD =
      """

      ### How the bench measures

      - **Per stage.** Each annotator of the loaded pipeline is called in the pipeline's order with the same
        hand-over as `Pipeline.annotate`, bracketed by `System.nanoTime()` and the thread's CPU time
        (`ThreadMXBean`); nanoseconds add up per stage (`TimedPipeline`). A stage's tokens/s is the corpus's token
        count over the time spent in that stage alone. No stage is named in the bench: a newly registered
        annotator appears as a new row.
      - **Whole pipeline.** Wall time of a pass over all documents; the median of the timed passes.
        *Tokens per CPU-second* divides by the CPU time the worker threads actually got, which a busy shared
        machine disturbs much less than wall time; the per-core target is judged on it (wall shown beside).
        All cores: a fixed pool of one thread per core shares the one pipeline instance (components are
        thread-safe by contract) and pulls documents from a shared counter.
      - **Start-up and heap.** `PipelineChild` in a fresh JVM with `-Xmx512m`: builds the pipeline, annotates the
        seed article and prints a line (the parent times spawn → that line), then annotates every document on
        all cores. A GC notification listener records heap occupancy after each collection (all heap pools);
        finishing all documents under `-Xmx512m` with no `OutOfMemoryError` is the heap target.
      - **Peers.** LanguageTool on raw text runs `JLanguageTool.analyzeText` (its sentence splitter, tokenizer,
        tagger and disambiguator; no grammar rules), interleaved pass by pass with our stages up to the one
        producing `MORPHOLOGY`, on the same documents. The gold-token tagger table is `TaggerComparison`
        (see `docs/bench/tagger.md` for its normalisation). Accuracy: the owning modules' evaluators, run as they
        are, each in its own JVM; those in test scope run from `kronika-bench/target/test-lib`.
      - **Ratios** measured in the same run are the figures to quote; absolute speeds move with the machine's load.

      """;

  // ------------------------------------------------------------------------------------ chart

  /** Bars of tokens/s (log scale): Kronika's stages and pipeline, and the peers, from this run. */
  public void writeChart(Path png) throws IOException {
    List<String> cats = new ArrayList<>();
    List<Double> ours = new ArrayList<>();
    List<Double> peers = new ArrayList<>();
    if (r.single != null) {
      for (Map.Entry<String, PipelineThroughput.StageTime> e : r.single.stages().entrySet()) {
        add(cats, ours, peers, "stage " + e.getKey(), r.single.tokens() / e.getValue().wallSeconds(), null);
      }
      add(cats, ours, peers, "pipeline, 1 thread", r.single.tokensPerSecond(), null);
      if (r.multi != null) {
        add(cats, ours, peers, "pipeline, " + r.multi.threads() + " threads", r.multi.tokensPerSecond(), null);
      }
    }
    if (r.peerRaw != null) {
      add(cats, ours, peers, "seg+tag raw text: Kronika", r.peerRaw.kronikaTokensPerSecond(), null);
      add(cats, ours, peers, "seg+tag raw text: LanguageTool", null, r.peerRaw.ltTokensPerSecond());
    }
    if (r.tagger != null) {
      TaggerComparison.Speed k = r.tagger.speeds().get(TaggerComparison.KRONIKA);
      TaggerComparison.Speed l = r.tagger.speeds().get(TaggerComparison.LT);
      TaggerComparison.Speed b = r.tagger.speeds().get(TaggerComparison.BASELINE);
      if (k != null) {
        add(cats, ours, peers, "tagger gold tokens: Kronika", k.tokensPerSecond(), null);
      }
      if (l != null) {
        add(cats, ours, peers, "tagger gold tokens: LanguageTool", null, l.tokensPerSecond());
      }
      if (b != null) {
        add(cats, ours, peers, "tagger gold tokens: Morfologik 1st", null, b.tokensPerSecond());
      }
    }
    r.evaluators.stream().filter(e -> e.spec().className().equals(Evaluators.NER) && e.ran()).findFirst()
        .ifPresent(e -> Evaluators.parseNer(e.output()).values().forEach(f -> {
          boolean kronika = f.system().contains("Kronika");
          if (!Double.isNaN(f.tokensPerSecond())) {
            add(cats, ours, peers, "NER: " + (kronika ? "Kronika" : "OpenNLP default"),
                kronika ? f.tokensPerSecond() : null, kronika ? null : f.tokensPerSecond());
          }
        }));
    if (cats.isEmpty()) {
      cats.add("nothing measured");
      ours.add(1.0);
      peers.add(null);
    }
    CategoryChart chart = new CategoryChartBuilder().width(1100).height(720)
        .title("Tokens per second, one run" + (r.quick ? " (--quick)" : "") + " — load average " + r.loadBefore)
        .xAxisTitle("").yAxisTitle("tokens/s (log scale)").build();
    chart.getStyler().setYAxisLogarithmic(true);
    // bars start at the axis minimum; XChart needs one below every value on a log axis
    double min = java.util.stream.Stream.concat(ours.stream(), peers.stream())
        .filter(v -> v != null && v > 0).mapToDouble(Double::doubleValue).min().orElse(1);
    chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
    chart.getStyler().setYAxisDecimalPattern("#,###");
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setXAxisLabelRotation(90);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
    chart.getStyler().setLabelsFontColor(Color.BLACK);
    chart.getStyler().setLabelsPosition(0.95);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setSeriesColors(new Color[] {new Color(0x2b6cb0), new Color(0xdd6b20)});
    chart.getStyler().setDecimalPattern("#,###");
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.addSeries("Kronika", cats, ours);
    chart.addSeries("peers / baseline", cats, peers);
    Files.createDirectories(png.toAbsolutePath().getParent());
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  private static void add(List<String> cats, List<Double> ours, List<Double> peers, String c, Double k, Double p) {
    cats.add(c);
    ours.add(k == null || !Double.isFinite(k) || k <= 0 ? null : k);
    peers.add(p == null || !Double.isFinite(p) || p <= 0 ? null : p);
  }

  // ------------------------------------------------------------------------------------ format

  static String n(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "n/a" : String.format(Locale.ROOT, "%,.0f", v);
  }

  static String mb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
  }

  static String secs(List<Double> s) {
    return s.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).collect(Collectors.joining(", "));
  }
}
