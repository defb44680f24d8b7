package org.kronika.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.store.Filters.DocumentFilter;
import org.kronika.store.Filters.EventFilter;
import org.kronika.store.Views.ClusterDetail;
import org.kronika.store.Views.ClusterSummary;
import org.kronika.store.Views.DocumentSummary;
import org.kronika.store.Views.EntityDetail;
import org.kronika.store.Views.EntitySummary;
import org.kronika.store.Views.EventView;
import org.kronika.store.Views.Graph;
import org.kronika.store.Views.Page;
import org.kronika.store.Views.SearchHit;
import org.kronika.store.Views.Stats;
import org.kronika.store.Views.TimelineBucket;
import org.kronika.store.internal.ConnectionPool;

/**
 * The knowledge base: annotated documents, entities consolidated across documents, event reports
 * clustered into real-world events with their independent origins, and search over lemmas. Backed
 * by SQLite (embedded default) or PostgreSQL through one Flyway-managed schema.
 *
 * <p>{@link #store} writes each document in its own transaction and returns only after the commit,
 * so a document reported as stored survives a killed process. On SQLite writes are serialised. On
 * PostgreSQL several writers (threads, parallel Flink tasks, other processes) may share one
 * database and run in parallel: each transaction takes keyed advisory locks on what it reads before
 * it writes (its id, near-duplicate bands, event types; {@link WriteLocks}) instead of one global
 * lock. Reads run concurrently on pooled connections. Thread-safe.
 */
public final class KnowledgeBase implements AutoCloseable {
  /** What {@link #store} did with a document. */
  public enum Outcome { STORED, UPDATED, UNCHANGED }

  /** A failure of the database itself (not of the caller's input). */
  public static final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * When a commit of {@link #store} is crash-safe: {@code COMMIT}, before it returns; {@code SYNC},
   * at the next {@link #sync()} (for callers that have a point where everything before must be
   * durable, such as a Flink checkpoint, and so need not wait for the disk once per document).
   */
  public enum Durability { COMMIT, SYNC }

  /** How often a PostgreSQL write is tried when the server aborts it for a deadlock. */
  private static final int MAX_ATTEMPTS = 5;

  private final StoreLocation location;
  private final ConnectionPool pool;
  private final KbWriter writer;
  private final KbReader reader;
  private final Object writeLock = new Object();

  private KnowledgeBase(StoreLocation location, ConnectionPool pool) {
    this.location = location;
    this.pool = pool;
    OriginRule origins = new OriginRule();
    this.writer = new KbWriter(location.dialect(), origins);
    this.reader = new KbReader(location.dialect(), origins);
  }

  /** Opens (creating and migrating when needed) the store at a location. */
  public static KnowledgeBase open(StoreLocation location) {
    if (location.dialect() == Dialect.SQLITE) {
      Path file = Path.of(location.jdbcUrl().substring("jdbc:sqlite:".length()));
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create store directory " + file.getParent() + ": " + e.getMessage(), e);
      }
    }
    ConnectionPool pool = new ConnectionPool(location, 8, c -> init(location.dialect(), c));
    try {
      migrate(location, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new KnowledgeBase(location, pool);
  }

  private static void init(Dialect dialect, Connection c) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = WAL");
        // NORMAL in WAL mode: a commit survives a killed process; only an OS crash or power loss
        // can lose the last commits. FULL costs an fsync per document.
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA busy_timeout = 30000");
        s.execute("PRAGMA cache_size = -65536");
      }
    }
  }

  private static void migrate(StoreLocation location, ConnectionPool pool) {
    var config = Flyway.configure()
        .dataSource(new SingleConnectionDataSource(pool))
        .locations("classpath:" + location.dialect().migrations())
        .loggers("slf4j");
    if (location.schema() != null) {
      config = config.schemas(location.schema()).createSchemas(true);
    }
    try {
      config.load().migrate();
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the store at " + location + ": " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  public StoreLocation location() {
    return location;
  }

  // ---- writing ----

  /**
   * Stores one annotated document in its own transaction: unchanged when a document with the same
   * id and content hash is present, replaced when its id is present with other text. Returns after
   * the commit, which is durable ({@link Durability#COMMIT}).
   */
  public Outcome store(AnnotatedDocument doc) {
    return store(doc, Durability.COMMIT);
  }

  /**
   * Stores one annotated document in its own transaction, as {@link #store(AnnotatedDocument)}.
   * With {@link Durability#SYNC} the commit is visible to every reader and writer at once but
   * becomes crash-safe only at the next {@link #sync()} (a database crash before it loses it; a
   * killed client does not).
   *
   * <p>SQLite takes one writer at a time. On PostgreSQL writers run in parallel: each transaction
   * locks only its document id, its near-duplicate bands and its event types ({@link WriteLocks}),
   * and is retried when PostgreSQL aborts it for a deadlock or a serialization failure.
   */
  public Outcome store(AnnotatedDocument doc, Durability durability) {
    if (location.dialect() == Dialect.SQLITE) {
      synchronized (writeLock) {
        return inTransaction(c -> writer.write(c, doc));
      }
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return inTransaction(c -> {
          if (durability == Durability.SYNC) {
            Sql.update(c, "SET LOCAL synchronous_commit = off");
          }
          return writer.write(c, doc);
        });
      } catch (StoreException e) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Makes every commit before it crash-safe (on PostgreSQL: one synchronous commit, which waits for
   * the write-ahead log up to and past every earlier commit of the server to reach the disk).
   * Nothing to do on SQLite, whose commits are all written before {@link #store} returns.
   */
  public void sync() {
    if (location.dialect() == Dialect.POSTGRES) {
      inTransaction(c -> {
        // an assigned transaction id makes the commit write (and wait for) a commit record
        Sql.one(c, "SELECT txid_current()", rs -> null);
        return null;
      });
    }
  }

  /**
   * Refreshes the query planner's statistics ({@code ANALYZE}) of this store's tables. Call it after
   * a bulk ingest: queries planned right after one otherwise rely on the statistics of a far smaller
   * store (PostgreSQL's autovacuum refreshes them too, but later: before this was called, two bench
   * runs failed their p95 target on an actor + recipient + date query that passes once the tables
   * are analysed). On PostgreSQL each table of the store's schema is analysed in its own autocommit
   * statement, so no lock is held across tables and other schemas are untouched; on SQLite the
   * whole file is analysed under the writers' lock, and connections already open in the pool keep
   * the statistics they had loaded until they reconnect.
   */
  public void analyze() {
    if (location.dialect() == Dialect.SQLITE) {
      synchronized (writeLock) {
        read(c -> Sql.update(c, "ANALYZE"));
      }
      return;
    }
    read(c -> {
      List<String> tables = new ArrayList<>();
      try (var st = c.createStatement();
          var rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        Sql.update(c, "ANALYZE \"" + t.replace("\"", "\"\"") + "\"");
      }
      return null;
    });
  }

  /** Whether a document with this id and exactly this text is stored (so ingest can skip it). */
  public boolean contains(Document d) {
    String hash = Document.contentHash(d.text());
    return read(c -> Sql.count(c, "SELECT count(*) FROM documents WHERE id = ? AND content_hash = ?", d.id(), hash) > 0);
  }

  // ---- reading ----

  public Page<DocumentSummary> documents(DocumentFilter f, int offset, int limit) {
    return read(c -> reader.documents(c, f, offset, limit));
  }

  /** The stored contract JSON ({@code kronika/1}) of a document. */
  public Optional<String> contract(String id) {
    return read(c -> reader.contract(c, id));
  }

  public Page<SearchHit> search(SearchQuery q, DocumentFilter f, int offset, int limit) {
    return read(c -> reader.search(c, q, f, offset, limit));
  }

  public Page<EntitySummary> entities(String q, String type, int offset, int limit) {
    return read(c -> reader.entities(c, q, type, offset, limit));
  }

  public Optional<EntityDetail> entity(String id, int offset, int limit) {
    return read(c -> reader.entity(c, id, offset, limit));
  }

  public Page<EventView> events(EventFilter f, int offset, int limit) {
    return read(c -> reader.events(c, f, offset, limit));
  }

  /** Every matching event in order, delivered in batches (for exports). */
  public void forEachEvent(EventFilter f, int offset, int limit, Consumer<EventView> sink) {
    read(c -> {
      reader.forEachEvent(c, f, offset, limit, sink);
      return null;
    });
  }

  /**
   * Clusters matching a filter.
   *
   * @param minOrigins only clusters with at least this many independent origins
   * @param sort {@code reports}, {@code origins} or {@code recent}
   */
  public Page<ClusterSummary> clusters(EventFilter f, int minOrigins, String sort, int offset, int limit) {
    return read(c -> reader.clusters(c, f, minOrigins, sort, offset, limit));
  }

  public Optional<ClusterDetail> cluster(String id, int offset, int limit) {
    return read(c -> reader.cluster(c, id, offset, limit));
  }

  /** Event counts per bucket ({@code week} or {@code month}) and type. */
  public List<TimelineBucket> timeline(EventFilter f, String interval) {
    return read(c -> reader.timeline(c, f, interval));
  }

  /** The actor network: actor → recipient edges per event type with report counts. */
  public Graph graph(EventFilter f, int minEvents, int limit) {
    return read(c -> reader.graph(c, f, minEvents, limit));
  }

  public Stats stats() {
    return read(reader::stats);
  }

  // ---- plumbing ----

  private <T> T read(Work<T> work) {
    Connection c = borrow();
    boolean broken = false;
    try {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return work.run(c);
    } catch (SQLException e) {
      broken = isConnectionProblem(e);
      throw new StoreException("store query failed: " + e.getMessage(), e);
    } finally {
      pool.release(c, broken);
    }
  }

  private <T> T inTransaction(Work<T> work) {
    Connection c = borrow();
    boolean broken = false;
    try {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException r) {
          broken = true;
        }
        throw e;
      } finally {
        try {
          c.setAutoCommit(true);
        } catch (SQLException e) {
          broken = true;
        }
      }
    } catch (SQLException e) {
      broken = broken || isConnectionProblem(e);
      throw new StoreException("store write failed: " + e.getMessage(), e);
    } finally {
      pool.release(c, broken);
    }
  }

  private Connection borrow() {
    try {
      return pool.borrow();
    } catch (SQLException e) {
      throw new StoreException("cannot connect to the store at " + location + ": " + e.getMessage(), e);
    }
  }

  /** A deadlock (40P01) or serialization failure (40001): the transaction may simply run again. */
  private static boolean isRetryable(StoreException e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException s && ("40P01".equals(s.getSQLState()) || "40001".equals(s.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionProblem(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("08");
  }

  @Override
  public void close() {
    pool.close();
  }
}
