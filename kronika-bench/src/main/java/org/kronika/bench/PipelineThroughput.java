package org.kronika.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kronika.api.Document;

/**
 * Throughput and latency of a {@link TimedPipeline} over a corpus: untimed warm-up passes, then
 * timed passes; every figure is the median over the timed passes. With more than one thread, a fixed
 * pool of that many workers shares the ONE pipeline and pulls documents from a common counter, so a
 * pass ends when the last document is done.
 */
public final class PipelineThroughput {
  private PipelineThroughput() {}

  /** Median seconds one stage took per pass: wall clock and CPU time of the threads that ran it. */
  public record StageTime(double wallSeconds, double cpuSeconds) {}

  /** Per-document latency of the whole pipeline, milliseconds (all timed passes pooled). */
  public record Latency(double p50, double p90, double p99, double max) {}

  /** One measured configuration. */
  public record Run(
      int threads,
      int warmup,
      List<Double> passSeconds,
      long docs,
      long tokens,
      long chars,
      Map<String, StageTime> stages,
      double cpuSeconds,
      Latency latency) {
    public double medianSeconds() {
      return Stats.median(passSeconds);
    }

    public double tokensPerSecond() {
      return tokens / medianSeconds();
    }

    public double docsPerSecond() {
      return docs / medianSeconds();
    }

    /** Tokens per CPU-second of the threads that did the work: less sensitive to a busy machine. */
    public double tokensPerCpuSecond() {
      return cpuSeconds > 0 ? tokens / cpuSeconds : Double.NaN;
    }
  }

  public static Run measure(TimedPipeline p, List<Document> docs, int threads, int warmup, int passes)
      throws InterruptedException {
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try {
      for (int i = 0; i < warmup; i++) {
        pass(p, docs, pool, threads, null);
      }
      List<Double> seconds = new ArrayList<>();
      List<TimedPipeline.Snapshot> snaps = new ArrayList<>();
      double[] latencies = threads == 1 ? new double[docs.size() * passes] : null;
      for (int i = 0; i < passes; i++) {
        p.reset();
        long t0 = System.nanoTime();
        pass(p, docs, pool, threads, latencies == null ? null : new Slice(latencies, i * docs.size()));
        seconds.add((System.nanoTime() - t0) / 1e9);
        snaps.add(p.snapshot());
      }
      TimedPipeline.Snapshot first = snaps.get(0);
      Map<String, StageTime> stages = new LinkedHashMap<>();
      for (String stage : first.stages()) {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (TimedPipeline.Snapshot s : snaps) {
          wall.add(s.stageNanos().get(stage)[0] / 1e9);
          cpu.add(s.stageNanos().get(stage)[1] / 1e9);
        }
        stages.put(stage, new StageTime(Stats.median(wall), Stats.median(cpu)));
      }
      List<Double> cpuTotals = new ArrayList<>();
      for (TimedPipeline.Snapshot s : snaps) {
        cpuTotals.add(s.stageNanos().values().stream().mapToLong(v -> v[1]).sum() / 1e9);
      }
      Latency latency = null;
      if (latencies != null && latencies.length > 0) {
        double[] sorted = latencies.clone();
        Arrays.sort(sorted);
        latency = new Latency(Stats.percentile(sorted, 50), Stats.percentile(sorted, 90),
            Stats.percentile(sorted, 99), sorted[sorted.length - 1]);
      }
      return new Run(threads, warmup, List.copyOf(seconds), first.docs(), first.tokens(), chars, stages,
          Stats.median(cpuTotals), latency);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private record Slice(double[] into, int offset) {}

  private static void pass(TimedPipeline p, List<Document> docs, ExecutorService pool, int threads, Slice lat)
      throws InterruptedException {
    if (pool == null) {
      for (int i = 0; i < docs.size(); i++) {
        long t0 = System.nanoTime();
        p.annotate(docs.get(i));
        if (lat != null) {
          lat.into()[lat.offset() + i] = (System.nanoTime() - t0) / 1e6;
        }
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
          p.annotate(docs.get(i));
        }
      }));
    }
    for (Future<?> f : workers) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("pipeline failed on a worker thread", e.getCause());
      }
    }
  }
}
