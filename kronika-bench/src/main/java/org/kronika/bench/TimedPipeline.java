package org.kronika.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.core.Annotator;
import org.kronika.core.Pipeline;

/**
 * A pipeline whose every stage is timed: each {@link Annotator} call is bracketed by
 * {@link System#nanoTime()} and the calling thread's CPU time, and the nanoseconds are added to that
 * stage's counters ({@link LongAdder}s, so threads share them without contention). The annotators
 * themselves are the pipeline's own instances, called in the pipeline's order with the same
 * document hand-over as {@link Pipeline#annotate}; the only extra work is two clock reads per stage
 * per document (about a microsecond).
 *
 * <p>Thread-safe, as the pipeline is: one instance serves all threads.
 */
public final class TimedPipeline {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

  private final Pipeline pipeline;
  private final List<Annotator> stages;
  private final LongAdder[] wallNanos;
  private final LongAdder[] cpuNanos;
  private final LongAdder docs = new LongAdder();
  private final LongAdder tokens = new LongAdder();

  public TimedPipeline(Pipeline pipeline) {
    this.pipeline = pipeline;
    this.stages = pipeline.annotators();
    this.wallNanos = new LongAdder[stages.size()];
    this.cpuNanos = new LongAdder[stages.size()];
    for (int i = 0; i < stages.size(); i++) {
      wallNanos[i] = new LongAdder();
      cpuNanos[i] = new LongAdder();
    }
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public List<String> stageNames() {
    return stages.stream().map(Annotator::name).toList();
  }

  /** Runs every stage on one document, timing each. */
  public AnnotatedDocument annotate(Document doc) {
    AnnotatedDocument ad =
        AnnotatedDocument.of(doc.lang() == null ? doc.withLang(pipeline.language()) : doc);
    for (int i = 0; i < stages.size(); i++) {
      long c0 = CPU ? THREADS.getCurrentThreadCpuTime() : 0;
      long t0 = System.nanoTime();
      ad = stages.get(i).annotate(ad);
      wallNanos[i].add(System.nanoTime() - t0);
      if (CPU) {
        cpuNanos[i].add(THREADS.getCurrentThreadCpuTime() - c0);
      }
    }
    docs.increment();
    tokens.add(ad.tokens().size());
    return ad;
  }

  /** Clears the counters (after warm-up, between passes). */
  public void reset() {
    for (int i = 0; i < stages.size(); i++) {
      wallNanos[i].reset();
      cpuNanos[i].reset();
    }
    docs.reset();
    tokens.reset();
  }

  /** What the counters hold now. */
  public Snapshot snapshot() {
    Map<String, long[]> m = new LinkedHashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      // a name may repeat in a custom pipeline: keep them apart
      String name = stages.get(i).name();
      String key = m.containsKey(name) ? name + "#" + (i + 1) : name;
      m.put(key, new long[] {wallNanos[i].sum(), cpuNanos[i].sum()});
    }
    return new Snapshot(m, docs.sum(), tokens.sum());
  }

  /** Per stage {wall nanos, CPU nanos}, documents and tokens annotated since the last reset. */
  public record Snapshot(Map<String, long[]> stageNanos, long docs, long tokens) {
    public List<String> stages() {
      return new ArrayList<>(stageNanos.keySet());
    }
  }

  /** Whether per-thread CPU time is measured on this JVM. */
  public static boolean cpuTimeSupported() {
    return CPU;
  }
}
