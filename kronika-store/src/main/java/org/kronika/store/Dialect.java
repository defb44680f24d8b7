package org.kronika.store;

/** The SQL dialects the knowledge base runs on; each has its own Flyway migration folder. */
public enum Dialect {
  SQLITE("db/migration/sqlite"),
  POSTGRES("db/migration/postgresql");

  private final String migrations;

  Dialect(String migrations) {
    this.migrations = migrations;
  }

  /** Classpath folder of this dialect's Flyway migrations. */
  public String migrations() {
    return migrations;
  }
}
