package org.kronika.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.core.Annotator;
import org.kronika.core.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One pipeline stage alone on a fixed news paragraph ({@link #PARAGRAPH}, 3 sentences): the stages
 * before it run once in set-up, and the benchmark calls only {@code stage.annotate(prepared)}. One
 * operation = one paragraph. Any annotator name works: {@code -p stage=time}, {@code -p stage=ner}…;
 * the bench passes every stage the pipeline has. A stage the pipeline lacks fails set-up with a clear
 * message.
 *
 * <pre>
 * java -jar kronika-bench/target/kronika-bench-0.1.0-SNAPSHOT.jar StageBenchmark -p stage=time
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StageBenchmark {
  public static final String PARAGRAPH =
      "Według Białego Domu Korea Północna dostarczyła Rosji ponad tysiąc kontenerów z amunicją i sprzętem "
          + "wojskowym. W czwartek rzecznik prasowy John Kirby poinformował w Waszyngtonie, że transporty "
          + "odbywały się od sierpnia br. drogą morską przez port w Rajin. Według agencji Reuters do 9 listopada "
          + "2023 r. Rosja otrzymała co najmniej 2,5 mln pocisków.";
  public static final String DATE = "2023-11";

  @Param({"segment", "morph", "time"})
  public String stage;

  private Annotator annotator;
  private AnnotatedDocument prepared;

  @Setup
  public void setUp() {
    Pipeline full = BenchPipelines.load("pl", BenchPipelines.defaultNames("pl"));
    List<Annotator> as = full.annotators();
    int at = -1;
    for (int i = 0; i < as.size(); i++) {
      if (as.get(i).name().equals(stage)) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      throw new IllegalStateException("no stage '" + stage + "' in the pipeline " + full.annotators().stream()
          .map(Annotator::name).toList());
    }
    annotator = as.get(at);
    prepared = BenchPipelines.prefix(full, at).annotate(paragraph());
  }

  public static Document paragraph() {
    return new Document("jmh-paragraph", "pl", DATE, null, null, null, null, PARAGRAPH);
  }

  @Benchmark
  public AnnotatedDocument annotate() {
    return annotator.annotate(prepared);
  }
}
