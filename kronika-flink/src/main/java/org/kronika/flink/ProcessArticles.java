package org.kronika.flink;

import java.sql.SQLException;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.ContractJson;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.core.Pipeline;
import org.kronika.formats.DocumentReader;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;
import org.kronika.formats.ReaderOptions;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.StoreLocation;

/**
 * The job's one working operator: read a raw JSONL record into a {@link Document} (the same
 * {@link DocumentReader} as {@code kronika extract}), annotate it with the same {@link Pipeline},
 * store it in PostgreSQL through kronika-store, and emit its contract JSON.
 *
 * <table>
 *   <caption>ProcessArticles</caption>
 *   <tr><th>in</th><td>{@link RawInput}: one JSONL line from a file or one Kafka record</td></tr>
 *   <tr><th>out</th><td>{@link Contract}: id and contract JSON ({@code new ContractJson(false).write(ad, false)}, as
 *       {@code kronika extract --format jsonl})</td></tr>
 *   <tr><th>side output {@link #DEAD_LETTERS}</th><td>every record that is not a readable document, whose
 *       annotation throws, or whose data PostgreSQL rejects (SQL state class 22), with the reason; such a
 *       record never fails the job</td></tr>
 *   <tr><th>fails the task</th><td>when the database itself fails (connection lost, …): Flink restarts it
 *       from the last checkpoint and the records since then are replayed; the store skips documents it
 *       already has (same id and content hash), so a replay adds nothing twice</td></tr>
 * </table>
 *
 * <p>The pipeline and the store connection are built once per task in {@link #open}; only the
 * {@link PipelineSpec} and the database URL are serialised with the job. Writing inside this operator
 * (rather than in a separate sink) keeps the annotated document, which has no Flink serializer, inside
 * one operator, and lets a document the store rejects go to the dead letters like any other bad
 * document. Each document is committed before the next record is taken (visible at once to every
 * other writer, so a replay finds it), and {@link #snapshotState} makes those commits crash-safe
 * ({@link KnowledgeBase#sync}) before this task acknowledges the checkpoint: everything before a
 * checkpoint barrier is durably in the database when the checkpoint completes (at-least-once), and
 * the idempotent store turns that into exactly one copy. Deferring the disk flush to the checkpoint
 * spares each document's transaction a wait for the disk while it holds its store locks.
 */
public final class ProcessArticles extends ProcessFunction<RawInput, Contract> implements CheckpointedFunction {
  private static final long serialVersionUID = 1L;

  /** Where the bad records go. */
  public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {
    private static final long serialVersionUID = 1L;
  };

  private final PipelineSpec spec;
  private final String db;

  private transient Pipeline pipeline;
  private transient DocumentReader reader;
  private transient ContractJson json;
  private transient KnowledgeBase kb;
  private transient Counter processed;
  private transient Counter dead;

  /**
   * @param db a PostgreSQL URL ({@code postgresql://user:pass@host:port/db[?schema=s]}), or null to
   *     annotate without storing
   */
  public ProcessArticles(PipelineSpec spec, String db) {
    this.spec = spec;
    this.db = db;
  }

  @Override
  public void open(OpenContext openContext) {
    pipeline = spec.build();
    reader = new DocumentReader(ReaderOptions.DEFAULTS);
    json = new ContractJson(false);
    if (db != null) {
      kb = KnowledgeBase.open(StoreLocation.postgres(db));
    }
    processed = getRuntimeContext().getMetricGroup().counter("documentsProcessed");
    dead = getRuntimeContext().getMetricGroup().counter("deadLetters");
  }

  @Override
  public void processElement(RawInput in, Context ctx, Collector<Contract> out) {
    Document doc = read(in, ctx);
    if (doc == null) {
      return;
    }
    AnnotatedDocument ad;
    try {
      ad = pipeline.annotate(doc);
    } catch (RuntimeException | StackOverflowError e) {
      deadLetter(ctx, DeadLetter.of(in, "annotate", "annotation failed: " + e));
      return;
    }
    String contract = json.write(ad, false);
    if (kb != null) {
      try {
        kb.store(ad, KnowledgeBase.Durability.SYNC);
      } catch (KnowledgeBase.StoreException e) {
        if (!isDataError(e)) {
          throw e; // the database is in trouble, not the document: let Flink restart from the checkpoint
        }
        deadLetter(ctx, DeadLetter.of(in, "store", "rejected by the store: " + e.getMessage()));
        return;
      }
    }
    processed.inc();
    out.collect(new Contract(doc.id(), contract));
  }

  /** The document in a record, or null after sending the record to the dead letters. */
  private Document read(RawInput in, Context ctx) {
    if (in.bytes == null || in.bytes.length == 0) {
      deadLetter(ctx, DeadLetter.of(in, "read", "empty record"));
      return null;
    }
    byte[] line = in.bytes;
    if (in.line == null) {
      // a Kafka record is one JSON document; JSON allows line breaks only between tokens, so
      // turning them into spaces makes a pretty-printed record one JSONL line without changing it
      line = line.clone();
      for (int i = 0; i < line.length; i++) {
        if (line[i] == '\n' || line[i] == '\r') {
          line[i] = ' ';
        }
      }
    }
    List<ReadResult> results;
    try (var s = reader.read(in.path, line, InputFormat.JSONL)) {
      results = s.toList();
    }
    if (results.size() != 1) {
      deadLetter(ctx, DeadLetter.of(in, "read", results.isEmpty() ? "empty record" : "more than one document in one record"));
      return null;
    }
    ReadResult r = results.get(0);
    if (r instanceof ReadResult.Failed f) {
      deadLetter(ctx, DeadLetter.of(in, "read", f.message()));
      return null;
    }
    return ((ReadResult.Ok) r).document().withOrigin(new Origin(in.path, in.line));
  }

  private void deadLetter(Context ctx, DeadLetter d) {
    dead.inc();
    ctx.output(DEAD_LETTERS, d);
  }

  /** SQL state class 22 (data exception: a NUL character in text, a value out of range): the document's fault. */
  static boolean isDataError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("22")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Makes every document committed so far crash-safe before the checkpoint can complete. */
  @Override
  public void snapshotState(FunctionSnapshotContext context) {
    if (kb != null) {
      kb.sync();
    }
  }

  @Override
  public void initializeState(FunctionInitializationContext context) {
    // no state of its own: the store is the state, and it is idempotent
  }

  @Override
  public void close() {
    if (kb != null) {
      try {
        kb.sync(); // the end of a bounded input: what came after the last checkpoint is durable too
      } finally {
        kb.close();
        kb = null;
      }
    }
  }
}
