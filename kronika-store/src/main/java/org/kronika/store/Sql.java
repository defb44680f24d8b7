package org.kronika.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small JDBC helpers shared by the writer and the reader. */
final class Sql {
  private Sql() {}

  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    bind(ps, params);
    return ps;
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (p instanceof String s) {
        ps.setString(i + 1, s);
      } else if (p instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (p instanceof Long n) {
        ps.setLong(i + 1, n);
      } else if (p instanceof Double d) {
        ps.setDouble(i + 1, d);
      } else if (p instanceof byte[] b) {
        ps.setBytes(i + 1, b);
      } else {
        ps.setString(i + 1, p.toString());
      }
    }
  }

  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.map(rs));
      }
      return out;
    }
  }

  static <T> T one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? row.map(rs) : null;
    }
  }

  static long count(Connection c, String sql, Object... params) throws SQLException {
    Long n = one(c, sql, rs -> rs.getLong(1), params);
    return n == null ? 0 : n;
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    }
  }

  /** {@code ?, ?, ?} for n parameters. */
  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  static String marks(Collection<?> c) {
    return marks(c.size());
  }

  /** Accumulates WHERE clauses and their parameters. */
  static final class Where {
    final List<String> clauses = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

    Where add(String clause, Object... ps) {
      clauses.add(clause);
      params.addAll(java.util.Arrays.asList(ps));
      return this;
    }

    Where addAll(String clause, Collection<?> ps) {
      clauses.add(clause);
      params.addAll(ps);
      return this;
    }

    String sql() {
      return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    String and() {
      return clauses.isEmpty() ? "" : " AND " + String.join(" AND ", clauses);
    }

    Object[] params(Object... more) {
      List<Object> all = new ArrayList<>(params);
      all.addAll(java.util.Arrays.asList(more));
      return all.toArray();
    }
  }
}
