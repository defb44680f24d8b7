package org.kronika.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * Store factories for the suites that run against both stores. PostgreSQL runs when the
 * environment variable {@value #PG_ENV} holds a URL such as
 * {@code postgresql://kronika:kronika@localhost:5432/kronika_test} ({@code .ci/run} sets it); each
 * store gets a fresh schema that {@link #drop} removes.
 */
public final class TestStores {
  public static final String PG_ENV = "KRONIKA_TEST_PG_URL";

  private TestStores() {}

  public static StoreLocation sqlite(Path dir) {
    return StoreLocation.sqlite(dir);
  }

  public static boolean postgresAvailable() {
    String url = System.getenv(PG_ENV);
    return url != null && !url.isBlank();
  }

  /** A location in a new, empty schema of the test database. */
  public static StoreLocation freshPostgres() {
    String url = System.getenv(PG_ENV).strip();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return StoreLocation.postgres(url + (url.contains("?") ? "&" : "?") + "schema=" + schema);
  }

  /** Drops a PostgreSQL test schema (no-op for SQLite, whose directory JUnit removes). */
  public static void drop(StoreLocation location) {
    if (location.dialect() != Dialect.POSTGRES || location.schema() == null) {
      return;
    }
    Properties p = new Properties();
    p.putAll(location.properties());
    p.remove("currentSchema");
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), p); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + location.schema() + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test schema " + location.schema(), e);
    }
  }
}
