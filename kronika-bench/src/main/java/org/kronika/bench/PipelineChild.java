package org.kronika.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.kronika.api.Document;
import org.kronika.core.Pipeline;

/**
 * Runs in a child JVM (started by {@link Bench} with a heap limit such as {@code -Xmx512m}) to measure
 * what a fresh process pays and how much heap the whole pipeline needs. Prints, one line each:
 *
 * <pre>
 * FIRST uptimeMs=… loadMs=… firstTokens=…  after the first document (the seed article) is annotated
 * DONE docs=… tokens=… seconds=… threads=…
 * HEAP maxAfterGc=… peak=… retained=… gcs=… max=…   bytes
 * </pre>
 *
 * Order matters for start-up: the pipeline is built and the seed annotated before the PolEval corpus
 * is read, as {@code kronika extract} would on one file. Heap: "maxAfterGc" is the largest heap
 * occupancy right after any collection (from GC notifications, all heap pools summed: the live set
 * plus old-generation garbage not yet collected); "peak" sums each heap pool's peak (garbage
 * included, bounded by -Xmx); "retained" is heap after a full GC at the end, with the pipeline still
 * reachable (its resident footprint).
 *
 * <p>Arguments: {@code --shared DIR} (or {@code --synthetic N}), {@code --max-docs N},
 * {@code --threads N}, {@code --passes N}, {@code --annotators a,b,c}.
 */
public final class PipelineChild {
  private PipelineChild() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = Bench.options(args, Set.of());
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    AtomicLong maxAfterGc = new AtomicLong();
    AtomicLong gcs = new AtomicLong();
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((n, h) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
          }
          var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
          long used = 0;
          for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
              used += e.getValue().getUsed();
            }
          }
          gcs.incrementAndGet();
          maxAfterGc.accumulateAndGet(used, Math::max);
        }, null, null);
      }
    }

    List<String> names = o.containsKey("annotators")
        ? Arrays.asList(o.get("annotators").split(","))
        : BenchPipelines.defaultNames("pl");
    long t0 = System.nanoTime();
    Pipeline pipeline = BenchPipelines.load("pl", names);
    TimedPipeline timed = new TimedPipeline(pipeline);
    long loadMs = (System.nanoTime() - t0) / 1_000_000;

    BenchCorpus corpus;
    if (o.containsKey("synthetic")) {
      corpus = BenchCorpus.synthetic(Integer.parseInt(o.get("synthetic")));
    } else {
      corpus = BenchCorpus.load(Path.of(o.getOrDefault("shared", "../shared")), 0).head(1);
    }
    Document first = corpus.documents().get(0);
    int firstTokens = timed.annotate(first).tokens().size();
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.println("FIRST uptimeMs=" + uptime + " loadMs=" + loadMs + " firstTokens=" + firstTokens);
    System.out.flush();

    if (!o.containsKey("synthetic")) {
      corpus = BenchCorpus.load(Path.of(o.getOrDefault("shared", "../shared")),
          Integer.parseInt(o.getOrDefault("max-docs", "0")));
    }
    int threads = Integer.parseInt(o.getOrDefault("threads", "" + Runtime.getRuntime().availableProcessors()));
    int passes = Integer.parseInt(o.getOrDefault("passes", "1"));
    PipelineThroughput.Run run = PipelineThroughput.measure(timed, corpus.documents(), threads, 0, passes);
    System.out.println("DONE docs=" + run.docs() + " tokens=" + run.tokens() + " seconds="
        + run.medianSeconds() + " threads=" + threads + " stages=" + String.join(",", timed.stageNames()));

    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    Thread.sleep(200); // let the last GC notification arrive
    System.out.println("HEAP maxAfterGc=" + maxAfterGc.get() + " peak=" + peak + " retained=" + retained
        + " gcs=" + gcs.get() + " max=" + Runtime.getRuntime().maxMemory());
    // keep the pipeline reachable until after the retained measurement
    if (timed.stageNames().isEmpty()) {
      System.out.println("(empty pipeline)");
    }
  }
}
