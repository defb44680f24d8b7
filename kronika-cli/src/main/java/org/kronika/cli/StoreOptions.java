package org.kronika.cli;

import java.nio.file.Path;
import org.kronika.store.StoreLocation;
import picocli.CommandLine.Option;

/** Where the knowledge base is: {@code --store DIR} (SQLite, the default) or {@code --db URL} (PostgreSQL). */
public final class StoreOptions {
  @Option(names = "--store", paramLabel = "DIR",
      description = "Embedded store directory (SQLite file kronika.db; default: ~/.kronika/store).")
  Path store;

  @Option(names = "--db", paramLabel = "URL",
      description = "PostgreSQL instead of the embedded store: postgresql://user:pass@host:port/db")
  String db;

  public StoreLocation location() {
    if (db != null && store != null) {
      throw new IllegalArgumentException("give either --store or --db, not both");
    }
    if (db != null) {
      return StoreLocation.postgres(db);
    }
    return StoreLocation.sqlite(store != null ? store : StoreLocation.defaultDirectory());
  }

  /** Keeps Flyway's start-up chatter off the terminal unless the user asked for it. */
  static void quietLibraries() {
    if (System.getProperty("org.slf4j.simpleLogger.log.org.flywaydb") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
    }
    if (System.getProperty("org.slf4j.simpleLogger.log.io.javalin") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
    }
    if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }
  }
}
