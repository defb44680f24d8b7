package org.kronika.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a knowledge base lives: an SQLite file in a directory (the embedded default) or a
 * PostgreSQL database.
 *
 * <p>A PostgreSQL location is written {@code postgresql://user:pass@host:port/db}, optionally with
 * {@code ?schema=name} to keep the tables in their own schema (the tests use one schema each); a
 * {@code jdbc:postgresql://…} URL is accepted too.
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, Properties properties, String schema, String display) {
  /** The file name of the SQLite database inside the store directory. */
  public static final String SQLITE_FILE = "kronika.db";

  public StoreLocation {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    properties = properties == null ? new Properties() : properties;
  }

  /** The default embedded store: {@code ~/.kronika/store}. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".kronika", "store");
  }

  public static StoreLocation sqlite(Path directory) {
    Path file = directory.resolve(SQLITE_FILE).toAbsolutePath();
    return new StoreLocation(Dialect.SQLITE, "jdbc:sqlite:" + file, new Properties(), null, file.toString());
  }

  /** Parses {@code postgresql://user:pass@host:port/db[?schema=s]} or a {@code jdbc:postgresql:} URL. */
  public static StoreLocation postgres(String url) {
    String u = url.strip();
    if (u.startsWith("jdbc:")) {
      u = u.substring("jdbc:".length());
    }
    if (u.startsWith("postgres://")) {
      u = "postgresql://" + u.substring("postgres://".length());
    }
    if (!u.startsWith("postgresql://")) {
      throw new IllegalArgumentException(
          "not a PostgreSQL URL: '" + url + "'; expected postgresql://user:pass@host:port/db");
    }
    URI uri;
    try {
      uri = new URI(u);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad PostgreSQL URL '" + url + "': " + e.getReason());
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1) {
      throw new IllegalArgumentException("PostgreSQL URL needs a host and a database: '" + url + "'");
    }
    Properties props = new Properties();
    if (uri.getRawUserInfo() != null) {
      String[] up = uri.getRawUserInfo().split(":", 2);
      props.setProperty("user", decode(up[0]));
      if (up.length == 2) {
        props.setProperty("password", decode(up[1]));
      }
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String kv : uri.getRawQuery().split("&")) {
        String[] p = kv.split("=", 2);
        query.put(decode(p[0]), p.length == 2 ? decode(p[1]) : "");
      }
    }
    String schema = query.remove("schema");
    if (schema == null) {
      schema = query.remove("currentSchema");
    }
    if (schema != null && !schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("bad schema name '" + schema + "'");
    }
    query.forEach(props::setProperty);
    if (schema != null) {
      props.setProperty("currentSchema", schema);
    }
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath();
    String display = "postgresql://" + uri.getHost() + ":" + port + uri.getPath()
        + (schema == null ? "" : "?schema=" + schema);
    return new StoreLocation(Dialect.POSTGRES, jdbc, props, schema, display);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return display;
  }
}
