package org.kronika.store.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.formats.DocumentReader;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.KnowledgeBase.StoreException;

/**
 * Reads inputs, annotates each new document and stores it: the engine of {@code kronika ingest}.
 *
 * <p>Documents are annotated on worker threads but stored by the calling thread in input order,
 * each in its own transaction, and reported only after the commit. A document already stored
 * with the same id and text is counted as unchanged without being annotated again, so a killed run
 * resumes where it stopped. An unreadable or failing document is reported and skipped. After a
 * run that wrote {@link #BULK} documents or more, the store's planner statistics are refreshed
 * ({@link KnowledgeBase#analyze}).
 */
public final class Ingester {
  /** What happened to one input. */
  public enum Status { STORED, UPDATED, UNCHANGED, SKIPPED }

  /** Hears about each input as it is finished. */
  public interface Listener {
    void done(Status status, String where, String message);
  }

  /** The totals of a run. */
  public record Summary(long read, long stored, long updated, long unchanged, long skipped) {
    @Override
    public String toString() {
      return read + " read, " + stored + " stored, " + updated + " updated, " + unchanged + " unchanged, "
          + skipped + " skipped";
    }
  }

  /** Marks a document that is already stored with the same text. */
  private static final Object UNCHANGED = new Object();

  private final KnowledgeBase kb;
  private final Function<Document, AnnotatedDocument> annotate;
  private final int threads;
  private final Listener listener;
  private final DocumentReader reader;
  private final long delayMillis;

  /**
   * @param annotate the pipeline ({@code Pipeline::annotate}); must be thread-safe
   * @param delayMillis a pause before storing each document, for tests that interrupt a run (0 in use)
   */
  public Ingester(KnowledgeBase kb, Function<Document, AnnotatedDocument> annotate, int threads,
      Listener listener, long delayMillis) {
    this.kb = kb;
    this.annotate = annotate;
    this.threads = Math.max(1, threads);
    this.listener = listener;
    this.reader = new DocumentReader();
    this.delayMillis = delayMillis;
  }

  /** Reads every input: files, directories, globs, JSONL, WARC, RSS/Atom, or {@code -}. */
  public Stream<ReadResult> read(List<String> inputs, InputFormat format) {
    return readExpanded(InputFiles.expand(inputs), format);
  }

  /** Reads inputs already expanded by {@link InputFiles#expand}. */
  public Stream<ReadResult> readExpanded(List<String> files, InputFormat format) {
    WarcInput warc = new WarcInput(reader);
    FeedInput feeds = new FeedInput();
    return files.stream().flatMap(in -> {
      if (format == InputFormat.AUTO && WarcInput.isWarc(in)) {
        return warc.read(in);
      }
      if (format == InputFormat.AUTO && FeedInput.isFeed(in)) {
        return feeds.read(in);
      }
      return reader.read(List.of(in), format);
    });
  }

  /** Documents written by one run from which the store's statistics are refreshed at its end. */
  static final int BULK = 1000;

  public Summary run(Stream<ReadResult> inputs) throws InterruptedException {
    long read = 0;
    long stored = 0;
    long updated = 0;
    long unchanged = 0;
    long skipped = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kronika-annotate");
      t.setDaemon(true);
      return t;
    });
    record Job(Document doc, Future<Object> result) {}
    try {
      Deque<Job> window = new ArrayDeque<>();
      Iterator<ReadResult> it = inputs.iterator();
      while (it.hasNext() || !window.isEmpty()) {
        while (it.hasNext() && window.size() < 4 * threads) {
          ReadResult r = it.next();
          read++;
          if (r instanceof ReadResult.Failed f) {
            window.add(new Job(null, CompletableFuture.completedFuture(f)));
            continue;
          }
          Document d = ((ReadResult.Ok) r).document();
          if (kb.contains(d)) {
            window.add(new Job(d, CompletableFuture.completedFuture(UNCHANGED)));
            continue;
          }
          window.add(new Job(d, pool.submit(() -> annotateSafely(d))));
        }
        if (window.isEmpty()) {
          break;
        }
        Job job = window.poll();
        Object outcome;
        try {
          outcome = job.result.get();
        } catch (ExecutionException e) {
          outcome = new ReadResult.Failed(job.doc == null ? "?" : where(job.doc), "internal error: " + e.getCause());
        }
        if (outcome instanceof ReadResult.Failed f) {
          skipped++;
          listener.done(Status.SKIPPED, f.where(), f.message());
          continue;
        }
        if (outcome == UNCHANGED) {
          unchanged++;
          listener.done(Status.UNCHANGED, where(job.doc), null);
          continue;
        }
        if (delayMillis > 0) {
          Thread.sleep(delayMillis);
        }
        AnnotatedDocument ad = (AnnotatedDocument) outcome;
        KnowledgeBase.Outcome o = kb.store(ad);
        switch (o) {
          case STORED -> {
            stored++;
            listener.done(Status.STORED, where(job.doc), null);
          }
          case UPDATED -> {
            updated++;
            listener.done(Status.UPDATED, where(job.doc), null);
          }
          case UNCHANGED -> {
            unchanged++;
            listener.done(Status.UNCHANGED, where(job.doc), null);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (stored + updated >= BULK) {
      // a bulk load: the planner's statistics of the smaller store would mislead the next queries;
      // only an optimisation, so a failure is reported and the run's summary still returned
      try {
        kb.analyze();
      } catch (StoreException e) {
        System.err.println("kronika ingest: warning: could not refresh the store's statistics"
            + " (queries may be slow until the database does): " + e.getMessage());
      }
    }
    return new Summary(read, stored, updated, unchanged, skipped);
  }

  private Object annotateSafely(Document d) {
    try {
      return annotate.apply(d);
    } catch (RuntimeException | StackOverflowError e) {
      return new ReadResult.Failed(where(d), "annotation failed: " + e);
    }
  }

  static String where(Document d) {
    if (d.origin() == null) {
      return d.id();
    }
    return d.origin().line() == null ? d.origin().path() : d.origin().path() + ":" + d.origin().line();
  }
}
