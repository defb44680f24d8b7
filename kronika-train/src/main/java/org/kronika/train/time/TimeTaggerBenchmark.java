package org.kronika.train.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kronika.pl.time.TimeTagger;

/**
 * Single-thread throughput of the time tagger on real Polish text (the PolEval documents, used
 * here only as running text). Tokens are counted as whitespace-separated words. Not a unit test:
 * run it by hand, after a warm-up, on an otherwise idle machine.
 *
 * <p>Usage: {@code TimeTaggerBenchmark [shared-dir] [seconds]}.
 */
public final class TimeTaggerBenchmark {
  private TimeTaggerBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<String> docs = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(
        shared.resolve("data/ner/poleval2018-ner-gold.json.gz")))) {
      for (JsonNode q : new ObjectMapper().readTree(in).get("questions")) {
        docs.add(q.get("input").get("fileContent").asText());
      }
    }
    long words = 0;
    for (String d : docs) {
      words += d.split("\\s+").length;
    }
    TimeTagger tagger = TimeTagger.polish();
    long found = 0;
    for (int i = 0; i < 3; i++) { // warm-up
      for (String d : docs) {
        found += tagger.tag(d, "2018-06-01").size();
      }
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long tokens = 0;
    int rounds = 0;
    while (System.nanoTime() - t0 < seconds * 1_000_000_000L) {
      for (String d : docs) {
        found += tagger.tag(d, "2018-06-01").size();
      }
      tokens += words;
      rounds++;
    }
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.printf("%d rounds over %d docs, %d tokens: %.0f tokens/s wall (%.1f s), %.0f tokens"
        + " per CPU-second of the thread (%.1f s; %d found)%n", rounds, docs.size(), tokens,
        tokens / s, s, tokens / cpu, cpu, found);
  }
}
