package org.kronika.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kronika.store.StoreLocation;

/**
 * A small fixed-size pool of JDBC connections. Enough for one writer and a handful of API
 * threads; it avoids a pool library for what is a queue of open connections.
 */
public final class ConnectionPool implements AutoCloseable {
  /** Sets per-connection options (SQLite pragmas) right after a connection opens. */
  public interface Initializer {
    void init(Connection c) throws SQLException;
  }

  private final StoreLocation location;
  private final Initializer initializer;
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();
  private final int size;
  private volatile boolean closed;

  public ConnectionPool(StoreLocation location, int size, Initializer initializer) {
    this.location = location;
    this.size = size;
    this.initializer = initializer;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  public Connection open() throws SQLException {
    Connection c = DriverManager.getConnection(location.jdbcUrl(), location.properties());
    try {
      initializer.init(c);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** Borrows a connection; give it back with {@link #release}. */
  public Connection borrow() throws SQLException {
    if (closed) {
      throw new SQLException("the knowledge base is closed");
    }
    Connection c = idle.poll();
    if (c != null) {
      return c;
    }
    synchronized (all) {
      if (all.size() < size) {
        Connection fresh = open();
        all.add(fresh);
        return fresh;
      }
    }
    try {
      c = idle.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", e);
    }
    if (c == null) {
      throw new SQLException("no database connection free after 30 s");
    }
    return c;
  }

  public void release(Connection c, boolean broken) {
    if (broken || closed) {
      synchronized (all) {
        all.remove(c);
      }
      try {
        c.close();
      } catch (SQLException ignored) {
        // already unusable
      }
      return;
    }
    idle.offer(c);
  }

  @Override
  public void close() {
    closed = true;
    synchronized (all) {
      for (Connection c : all) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing anyway
        }
      }
      all.clear();
    }
    idle.clear();
  }
}
