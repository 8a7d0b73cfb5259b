package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.store.CoderStore;

/** Coders in SQLite. */
final class SqliteCoderStore implements CoderStore {
  private final SqliteDatabase db;

  SqliteCoderStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Coder ensure(String name, String actor) {
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidInputException("coder name must not be blank");
    }
    return db.write(
        c -> {
          Optional<Coder> existing = byName(c, trimmed);
          if (existing.isPresent()) {
            return existing.get();
          }
          long id;
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO coders(name, created_at) VALUES (?,?)")) {
            ps.setString(1, trimmed);
            ps.setString(2, Rows.now());
            ps.executeUpdate();
            id = Rows.generatedKey(ps);
          }
          AuditWriter.record(
              c,
              actor,
              "create",
              "coder",
              id,
              Optional.empty(),
              Optional.of(Map.of("name", trimmed)));
          return new Coder(new CoderId(id), trimmed);
        });
  }

  @Override
  public Optional<Coder> byName(String name) {
    return db.read(c -> byName(c, name.strip()));
  }

  private static Optional<Coder> byName(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM coders WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Coder(new CoderId(rs.getLong(1)), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  @Override
  public List<Coder> list() {
    return db.read(
        c -> {
          List<Coder> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT id, name FROM coders ORDER BY name");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(new Coder(new CoderId(rs.getLong(1)), rs.getString(2)));
            }
          }
          return out;
        });
  }
}
