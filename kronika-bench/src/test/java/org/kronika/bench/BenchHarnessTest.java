package org.kronika.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Layer;
import org.kronika.core.Annotator;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;

/**
 * The bench harness on a tiny synthetic corpus, no shared data and no trained model: the real
 * {@code segment} and {@code time} annotators (found through ServiceLoader) plus a made-up stage the
 * bench has never heard of, timed on one and two threads; the report section, the markers and the chart.
 */
class BenchHarnessTest {
  /** A stage no bench code names: it must show up as a row all the same. */
  static final class CountingStage implements Annotator {
    @Override
    public String name() {
      return "newstage";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(Layer.QUANTITIES);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
      return doc.withQuantities(List.of());
    }
  }

  static Bench.Result tinyRun() throws Exception {
    Pipeline base = Pipeline.load("pl", List.of("segment", "time"), Config.empty());
    List<Annotator> as = new ArrayList<>(base.annotators());
    as.add(new CountingStage());
    TimedPipeline timed = new TimedPipeline(new Pipeline("pl", as));
    BenchCorpus corpus = BenchCorpus.synthetic(12);

    Bench.Result r = new Bench.Result();
    r.command = "test";
    r.machine = TaggerComparison.machine();
    r.loadBefore = r.loadAfter = TaggerComparison.loadAverage();
    r.corpus = corpus.description();
    r.corpusChars = corpus.chars();
    r.stages = timed.stageNames();
    r.single = PipelineThroughput.measure(timed, corpus.documents(), 1, 1, 3);
    r.multi = PipelineThroughput.measure(timed, corpus.documents(), 2, 1, 2);
    Evaluators.Setup setup = new Evaluators.Setup(Path.of("../shared").toAbsolutePath(), Path.of("").toAbsolutePath(),
        null, false, true);
    r.evaluators.add(Evaluators.run(new Evaluators.Spec("ner", "NER", "org.kronika.nosuch.NerEvaluator", List.of(), 10,
        java.util.regex.Pattern.compile(".*"), "none"), setup));
    // skipped evaluators say why, in the document and the summary
    Evaluators.specs(setup).stream().filter(s -> s.key().equals("store-pg") || s.key().equals("web-demo"))
        .forEach(s -> r.evaluators.add(Evaluators.run(s, setup)));
    return r;
  }

  @Test
  void timesEveryStageOnOneAndTwoThreads() throws Exception {
    Bench.Result r = tinyRun();
    assertThat(r.stages).containsExactly("segment", "time", "newstage");
    assertThat(r.single.docs()).isEqualTo(12);
    assertThat(r.multi.docs()).isEqualTo(12);
    assertThat(r.single.tokens()).isGreaterThanOrEqualTo(12 * 30).isEqualTo(r.multi.tokens());
    assertThat(r.single.stages().keySet()).containsExactly("segment", "time", "newstage");
    assertThat(r.single.stages().values()).allSatisfy(s -> assertThat(s.wallSeconds()).isPositive());
    assertThat(r.single.passSeconds()).hasSize(3);
    assertThat(r.single.tokensPerSecond()).isPositive();
    assertThat(r.single.latency().p50()).isPositive().isLessThanOrEqualTo(r.single.latency().max());
    assertThat(r.evaluators.get(0).status()).startsWith("not available yet");
  }

  @Test
  void reportSectionTargetsAndChart(@TempDir Path dir) throws Exception {
    Bench.Result r = tinyRun();
    BenchReport report = new BenchReport(r);
    assertThat(report.targetLines()).anyMatch(l -> l.matches("(PASS|MISS) full pipeline.*"))
        .anyMatch(l -> l.startsWith("N/A  NER"));
    String body = report.body("bench/throughput.png");
    assertThat(body).contains("| stage `newstage` | 1 |", "| stage `segment` |", "whole pipeline",
        "![Throughput, tokens per second](bench/throughput.png)");

    Path png = dir.resolve("bench/throughput.png");
    report.writeChart(png);
    byte[] head = Files.readAllBytes(png);
    assertThat(head.length).isGreaterThan(1000);
    assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");

    Path md = dir.resolve("EVALUATION.md");
    EvaluationDocument.write(md, r, "bench/throughput.png");
    String text = Files.readString(md);
    assertThat(text).startsWith("# Evaluation\n").contains("## Summary", "| whole pipeline, tokens per CPU-second",
        "not run: no PostgreSQL", "not available yet", "| stage `newstage` | 1 |").doesNotContain("{{");
    assertThat(text).containsAnyOf("not run: /usr/bin/chromium", "web-demo");
  }

  @Test
  void parsesTheNerEvaluatorsOutput() {
    String out = String.join("\n",
        "== Kronika PolishNer",
        "PolEval 2018             gold   pred |      P      R     F1 |     oP     oR    oF1",
        "persName                  100    100 |  0.900  0.900  0.900 |  0.950  0.950  0.950",
        "ALL (micro)              1000    990 |  0.850  0.840  0.845 |  0.900  0.890  0.895",
        "throughput: 500000 tokens in 5.0s = 100000 tokens/s (1 thread)",
        "KPWr n82 test            gold   pred |      P      R     F1 |     oP     oR    oF1",
        "ALL (micro)               500    480 |  0.700  0.690  0.695 |  0.800  0.790  0.795",
        "",
        "== OpenNLP NameFinderME, default features",
        "PolEval 2018             gold   pred |      P      R     F1 |     oP     oR    oF1",
        "ALL (micro)              1000    700 |  0.700  0.500  0.583 |  0.800  0.600  0.686",
        "throughput: 500000 tokens in 2.5s = 200000 tokens/s (1 thread)",
        "");
    Map<String, Evaluators.NerFigures> f = Evaluators.parseNer(out);
    assertThat(f).containsOnlyKeys("Kronika PolishNer", "OpenNLP NameFinderME, default features");
    Evaluators.NerFigures k = f.get("Kronika PolishNer");
    assertThat(k.polevalExactF1()).isEqualTo(0.845);
    assertThat(k.polevalOverlapF1()).isEqualTo(0.895);
    assertThat(k.kpwrExactF1()).isEqualTo(0.695);
    assertThat(k.tokensPerSecond()).isEqualTo(100000);
    assertThat(f.get("OpenNLP NameFinderME, default features").kpwrExactF1()).isNaN();
  }
}
