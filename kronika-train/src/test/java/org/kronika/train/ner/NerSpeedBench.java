package org.kronika.train.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Entity;
import org.kronika.api.Mention;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;
import org.kronika.pl.ner.PolishNer;

/**
 * Speed of the NER model alone ({@link PolishNer#annotate}) on the PolEval 2018 raw text after
 * {@code segment} + {@code morph}, in tokens per CPU-second of the calling thread (best of the
 * rounds after a warm-up round), and a dump of every predicted span, so that two builds can be
 * compared for identical output. Not a test: run as
 * {@code java -cp … org.kronika.train.ner.NerSpeedBench [data dir] [spans out] [rounds]}.
 */
public final class NerSpeedBench {
  private NerSpeedBench() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path out = args.length > 1 ? Path.of(args[1]) : null;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Pipeline front = Pipeline.load("pl", List.of("segment", "morph"), Config.empty());
    List<AnnotatedDocument> docs = new ArrayList<>();
    long tokens = 0;
    for (NerEvaluator.DocGold d : NerEvaluator.polEvalDocs(
        data.resolve("ner/poleval2018-ner-gold.json.gz"))) {
      AnnotatedDocument ad =
          front.annotate(new Document(null, "pl", null, null, null, null, null, d.text()));
      docs.add(ad);
      tokens += ad.tokens().size();
    }
    long t0 = System.nanoTime();
    PolishNer ner = PolishNer.load();
    System.out.printf(Locale.ROOT, "model loaded in %.2fs%n", (System.nanoTime() - t0) / 1e9);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<AnnotatedDocument> result = null;
    double best = Double.MAX_VALUE;
    for (int r = 0; r <= rounds; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      List<AnnotatedDocument> res = new ArrayList<>(docs.size());
      for (AnnotatedDocument d : docs) {
        res.add(ner.annotate(d));
      }
      double secs = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "round %d%s: %d tokens in %.2f CPU-s = %.0f tokens/CPU-s%n",
          r, r == 0 ? " (warm-up)" : "", tokens, secs, tokens / secs);
      if (r > 0) {
        best = Math.min(best, secs);
      }
      result = res;
    }
    System.out.printf(Locale.ROOT, "best: %.0f tokens/CPU-s%n", tokens / best);
    if (out != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
        for (int i = 0; i < result.size(); i++) {
          for (Entity e : result.get(i).entities()) {
            for (Mention m : e.mentions()) {
              w.printf("%d\t%d\t%d\t%s\t%s%n", i, m.start(), m.end(), e.type(), m.form());
            }
          }
        }
      }
    }
  }
}
