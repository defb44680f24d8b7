package org.kronika.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The keyed locks that let several writers share one PostgreSQL knowledge base: instead of one
 * global lock, a document's transaction locks only what its reads-before-writes depend on (its id,
 * its near-duplicate bands, its event types), so writers of unrelated documents run side by side.
 *
 * <p>Requires: a connection inside a transaction. Produces: transaction-scoped advisory locks
 * ({@code pg_advisory_xact_lock}), released at commit or rollback, taken in ascending key order
 * within one call. A writer takes its locks in layers (id, then bands, then event types) and never
 * goes back to an earlier layer, so writers cannot deadlock on these locks. On SQLite it does
 * nothing: the database has one writer at a time anyway. Immutable, thread-safe.
 */
final class WriteLocks {
  /** The namespaces of the keys: one per kind of thing locked. */
  enum Kind { DOCUMENT, BAND, EVENT_TYPE }

  private final Dialect dialect;

  WriteLocks(Dialect dialect) {
    this.dialect = dialect;
  }

  /** A 64-bit advisory-lock key for a value of a kind (the first 8 bytes of a SHA-256). */
  static long key(Kind kind, String value) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(("kronika:" + kind.name() + ":").getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(md.digest(value.getBytes(StandardCharsets.UTF_8))).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Blocks until this transaction holds every key (in ascending order, one round trip). */
  void acquire(Connection c, Collection<Long> keys) throws SQLException {
    if (dialect != Dialect.POSTGRES || keys.isEmpty()) {
      return;
    }
    Long[] sorted = new TreeSet<>(keys).toArray(Long[]::new);
    Array array = c.createArrayOf("bigint", sorted);
    // a function scan yields the array's elements in order, and the lock is taken row by row
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(k) FROM unnest(?::bigint[]) AS k")) {
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // drain: each row is one lock taken
        }
      }
    } finally {
      array.free();
    }
  }
}
