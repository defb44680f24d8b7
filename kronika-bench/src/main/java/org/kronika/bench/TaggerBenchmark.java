package org.kronika.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kronika.pl.morph.Analysis;
import org.kronika.pl.morph.PolishTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The disambiguator: {@code PolishTagger.tagWords} on one fixed, gold-tokenised news sentence (30
 * words: dictionary lookup, candidate features, maxent scoring, left-to-right choice). One operation
 * = one sentence; multiply by {@link #WORDS}{@code .size()} for words per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class TaggerBenchmark {
  public static final List<String> WORDS = Arrays.asList(
      ("Według Białego Domu Korea Północna dostarczyła Rosji ponad tysiąc kontenerów z amunicją i sprzętem "
          + "wojskowym , a w czwartek rzecznik prasowy poinformował , że transporty odbywały się drogą morską .")
          .split(" "));

  private PolishTagger tagger;

  @Setup
  public void setUp() {
    tagger = PolishTagger.load();
  }

  @Benchmark
  public List<Analysis> tagWords() {
    return tagger.tagWords(WORDS);
  }
}
