package org.kronika.flink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.kronika.api.Document;
import org.kronika.core.Pipeline;
import org.kronika.formats.DocumentReader;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;

/**
 * Articles per second of the Flink job at several parallelisms, on a local MiniCluster: JSONL files
 * (16 files, so splits balance) through read + annotate, output discarded; with {@code --db URL}
 * also stored in PostgreSQL. Prints one line per run with the load average before and after, and a
 * single-thread baseline without Flink.
 *
 * <pre>
 * ./mvnw -q -pl kronika-flink -am package -DskipTests
 * java -cp "kronika-flink/target/test-classes:kronika-flink/target/kronika-flink.jar:kronika-flink/target/lib/*" \
 *     org.kronika.flink.ScalingBench [--articles 4000] [--parallelism 1,2] [--db postgresql://…]
 * </pre>
 */
public final class ScalingBench {
  private ScalingBench() {}

  public static void main(String[] args) throws Exception {
    int articles = 4000;
    List<Integer> parallelisms = List.of(1, 2);
    String db = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--parallelism" -> parallelisms = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--db" -> db = args[++i];
        case "--help", "-h" -> {
          System.out.println("usage: ScalingBench [--articles N (4000)] [--parallelism 1,2] [--db postgresql://…]\n"
              + "  articles/s of the Flink job (local MiniCluster, file source, output discarded) at each parallelism;\n"
              + "  with --db also stored in that PostgreSQL database (a fresh schema bench_p<N>_<n> per run)");
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    var available = Pipeline.available("pl");
    List<String> annotators = java.util.stream.Stream.of("segment", "morph", "ner", "time", "quantity", "event")
        .filter(available::contains).toList();
    Path dir = Files.createTempDirectory("kronika-bench");
    Path warm = write(dir.resolve("warm"), 0, 400);
    Path in = write(dir.resolve("in"), 100_000, articles);
    System.out.printf(Locale.ROOT, "cores %d, annotators %s, %d articles (%d KiB), db %s%n",
        Runtime.getRuntime().availableProcessors(), annotators, articles, size(in) / 1024, db == null ? "none" : "PostgreSQL");

    // baseline: the pipeline on one thread, no Flink (after a warm-up)
    Pipeline p = new PipelineSpec("pl", annotators, java.util.Map.of()).build();
    DocumentReader reader = new DocumentReader();
    List<Document> docs = new ArrayList<>();
    try (var s = reader.read(List.of(in.toString()), InputFormat.JSONL)) {
      s.forEach(r -> docs.add(((ReadResult.Ok) r).document()));
    }
    for (int i = 0; i < Math.min(400, docs.size()); i++) {
      p.annotate(docs.get(i));
    }
    long t0 = System.nanoTime();
    for (Document d : docs) {
      p.annotate(d);
    }
    double base = docs.size() / ((System.nanoTime() - t0) / 1e9);
    System.out.printf(Locale.ROOT, "baseline  1 thread, no Flink: %8.1f articles/s%n", base);

    run(warm, 1, annotators, db == null ? null : withSchema(db, "bench_warm")); // warm-up: JIT, class loading
    double first = 0;
    for (int par : parallelisms) {
      String load0 = loadAverage();
      long s0 = System.nanoTime();
      long net = run(in, par, annotators, db == null ? null : withSchema(db, "bench_p" + par));
      double wall = (System.nanoTime() - s0) / 1e9;
      double rate = articles / (net / 1e3);
      if (first == 0) {
        first = rate;
      }
      System.out.printf(Locale.ROOT,
          "parallelism %d: %6.1f s wall, %6.1f s job, %8.1f articles/s (%.2fx of p=%d); load %s -> %s%n",
          par, wall, net / 1e3, rate, rate / first, parallelisms.get(0), load0, loadAverage());
    }
  }

  private static long run(Path in, int parallelism, List<String> annotators, String db) throws Exception {
    List<String> args = new ArrayList<>(List.of("--local", "--bounded", "--parallelism", String.valueOf(parallelism),
        "--checkpoint-interval", "10s", "--input-dir", in.toString(), "--annotators", String.join(",", annotators)));
    if (db != null) {
      args.addAll(List.of("--db", db));
    }
    return KronikaJob.parse(args.toArray(String[]::new)).run(UnaryOperator.identity()).getNetRuntime();
  }

  private static String withSchema(String db, String schema) {
    return db + (db.contains("?") ? "&" : "?") + "schema=" + schema + "_" + System.nanoTime() % 100000;
  }

  private static Path write(Path dir, int from, int n) throws Exception {
    Files.createDirectories(dir);
    int files = 16;
    List<List<String>> parts = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      parts.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      parts.get(i % files).add(Articles.good(from + i));
    }
    for (int f = 0; f < files; f++) {
      Files.write(dir.resolve(String.format("part-%02d.jsonl", f)), parts.get(f), StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static long size(Path dir) throws Exception {
    try (var s = Files.list(dir)) {
      return s.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "n/a";
    }
  }
}
