package org.kronika.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH home for hot-path benchmarks. This one: Morfologik Polish dictionary lookup throughput (words
 * per second, one thread, all readings consumed).
 *
 * <pre>
 * java -cp "kronika-bench/target/kronika-bench-0.1.0-SNAPSHOT.jar:kronika-bench/target/lib/*" \
 *     org.openjdk.jmh.Main MorfologikLookupBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MorfologikLookupBenchmark {
  /** A fixed sample of news words: frequent function words, inflected content words, a name, an unknown. */
  static final String[] WORDS =
      ("Według Białego Domu Korea Północna dostarczyła Rosji ponad tysiąc kontenerów z amunicją "
              + "i sprzętem wojskowym , a w czwartek rzecznik prasowy poinformował , że transporty "
              + "odbywały się drogą morską przez port w Rajin . Kronikaxyz przekazała to agencji Reuters .")
          .split(" ");

  private PolishStemmer stemmer;

  @Setup
  public void setUp() {
    stemmer = new PolishStemmer();
  }

  @Benchmark
  @OperationsPerInvocation(64)
  public void lookup(Blackhole bh) {
    // 64 words per invocation, taken round-robin from the sample
    String[] words = WORDS;
    for (int i = 0; i < 64; i++) {
      List<WordData> readings = stemmer.lookup(words[i % words.length]);
      for (int r = 0; r < readings.size(); r++) {
        WordData wd = readings.get(r);
        bh.consume(wd.getStem());
        bh.consume(wd.getTag());
      }
    }
  }
}
