package org.kronika.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Sentence;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;

/**
 * Checks that the default pipeline's cost grows in proportion to the length of long, odd input:
 * text with no sentence end, ALL-CAPS and capitalised runs, unbalanced quotation marks, one
 * sentence of many reported clauses, many short sentences full of dates and events, bare numbers.
 * Each text is generated from a fixed seed (every run sees the same), annotated at n and at 2n
 * pieces, and each stage's CPU seconds are printed with their ratio: about 2 is linear; well
 * above 2 points at a stage comparing everything with everything. An {@link OutOfMemoryError}
 * is reported as such. With {@code ../shared} present it also prints the longest sentence of the
 * bench corpus (PolEval 2018 texts + seed), to compare with the segmenter's sentence limit
 * (docs/ARCHITECTURE.md). A diagnostic, not one of the bench's figures; no stage is named here.
 *
 * <pre>
 * ./kronika bench --help   # builds kronika-bench once
 * java -Xmx1g -cp "kronika-bench/target/kronika-bench-0.1.0-SNAPSHOT.jar:kronika-bench/target/lib/*" \
 *     org.kronika.bench.LongInputCheck [--pieces 100000] [--shared ../shared]
 * </pre>
 */
public final class LongInputCheck {
  /** A generated input: pieces drawn at random and joined by the separator. */
  private record Input(String name, String separator, String... pieces) {
    String text(int n, long seed) {
      Random r = new Random(seed);
      StringBuilder sb = new StringBuilder(n * 12);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(separator);
        }
        sb.append(pieces[r.nextInt(pieces.length)]);
      }
      return sb.toString();
    }
  }

  private static final List<Input> INPUTS = List.of(
      new Input("words, no sentence end", " ", "słowo", "Kowalski", "dom", "Warszawa", "i", "w",
          "na", "szybko", "Nowak", "rzeka"),
      new Input("ALL-CAPS names", " ", "KOWALSKI", "ROSJA", "MINISTER", "SPRAW", "ZAGRANICZNYCH",
          "POLSKA", "I", "W"),
      new Input("capitalised run", " ", "Bank", "Polski", "Narodowy", "Instytut", "Kowalskiego",
          "Uniwersytet"),
      new Input("unbalanced quotation marks", " ", "„Kowalski", "”", "\"", "Nowak\"", "«Rosja", "»",
          "dom"),
      new Input("reported clauses, one sentence", ", ", "Rosja zaatakowała Ukrainę",
          "Polska potępiła Rosję", "minister Kowalski oświadczył", "prezydent Nowak zapowiedział",
          "Korea Północna dostarczyła amunicję", "według Reutersa", "prawdopodobnie"),
      new Input("short sentences, dates, events", " ", "Rosja zaatakowała Ukrainę.",
          "Polska potępiła Rosję.", "Minister Jan Kowalski oświadczył, że Niemcy pomogą.",
          "Prezydent Andrzej Nowak zapowiedział wizytę w Kijowie.",
          "Korea Północna dostarczyła Rosji amunicję, według Reutersa.",
          "NATO i Unia Europejska wydały oświadczenie.", "W czwartek 12 marca 2023 r. doszło do ataku."),
      new Input("numbers", " ", "12", "2023", "1,5", "300", "7", "14.30", "1000000"));

  private LongInputCheck() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = Bench.options(args, Set.of());
    int n = Bench.intOpt(o, "pieces", 100000);
    Path shared = Path.of(o.getOrDefault("shared", "../shared"));
    Pipeline pipeline = Pipeline.load("pl", Pipeline.defaultNames("pl"),
        Config.empty());
    TimedPipeline timed = new TimedPipeline(pipeline);
    // warm-up: every input once, small
    for (Input in : INPUTS) {
      timed.annotate(document(in.text(Math.max(1, n / 20), 1)));
    }
    System.out.printf(Locale.ROOT, "| input | stage | CPU s, %,d pieces | CPU s, %,d pieces | ratio |%n",
        n, 2 * n);
    System.out.println("|---|---|---:|---:|---:|");
    for (Input in : INPUTS) {
      Map<String, long[]> small = run(timed, in, n);
      Map<String, long[]> large = small == null ? null : run(timed, in, 2 * n);
      if (small == null || large == null) {
        System.out.printf("| %s | all | %s | %s | OutOfMemoryError |%n", in.name(),
            small == null ? "—" : "ok", "—");
        continue;
      }
      for (String stage : small.keySet()) {
        double a = small.get(stage)[1] / 1e9;
        double b = large.get(stage)[1] / 1e9;
        double ratio = a < 0.05 ? Double.NaN : b / a;
        System.out.printf(Locale.ROOT, "| %s | `%s` | %.2f | %.2f | %s |%n", in.name(), stage, a, b,
            Double.isNaN(ratio) ? "(too short to tell)"
                : String.format(Locale.ROOT, "%.2f%s", ratio, ratio > 3 ? " superlinear?" : ""));
      }
    }
    if (BenchCorpus.available(shared)) {
      int longest = 0;
      Pipeline segment = Pipeline.load("pl", List.of("segment"), Config.empty());
      BenchCorpus corpus = BenchCorpus.load(shared, 0);
      for (Document d : corpus.documents()) {
        for (Sentence s : segment.annotate(d).sentences()) {
          longest = Math.max(longest, s.endToken() - s.firstToken());
        }
      }
      System.out.printf(Locale.ROOT, "%nLongest sentence of the bench corpus (%s): %d tokens%n",
          corpus.description(), longest);
    }
  }

  /** Per-stage {wall, CPU} nanoseconds for one document of n pieces, or null on running out of memory. */
  private static Map<String, long[]> run(TimedPipeline timed, Input in, int n) {
    timed.reset();
    try {
      AnnotatedDocument ad = timed.annotate(document(in.text(n, 42)));
      if (ad.tokens().isEmpty()) {
        throw new IllegalStateException("no tokens for " + in.name());
      }
    } catch (OutOfMemoryError e) {
      return null;
    }
    return timed.snapshot().stageNanos();
  }

  private static Document document(String text) {
    return new Document(null, "pl", "2024-03-01", null, null, null, null, text);
  }
}
