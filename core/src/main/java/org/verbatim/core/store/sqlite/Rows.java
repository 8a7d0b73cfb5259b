package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Small JDBC conversions shared by the SQLite stores. */
final class Rows {
  private Rows() {}

  static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return Instant.parse(rs.getString(column));
  }

  static void setOptionalLong(PreparedStatement ps, int index, Optional<Long> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setLong(index, value.get());
    } else {
      ps.setNull(index, java.sql.Types.INTEGER);
    }
  }

  static long generatedKey(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated key");
      }
      return keys.getLong(1);
    }
  }

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** The row {@code sql} (one {@code ?} for {@code key}) selects, mapped, if there is one. */
  static <T> Optional<T> one(Connection c, String sql, long key, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
      }
    }
  }

  static String now() {
    return Instant.now().toString();
  }
}
