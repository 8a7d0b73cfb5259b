package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.MemoId;
import org.verbatim.core.model.ThemeId;

/**
 * The kinds of rows whose changes can be undone. Each reads a row's mutable fields (including its
 * deleted flag) as a map and writes such a map back, so every edit, undo and redo goes through the
 * same two statements.
 */
enum UndoableRow {
  CODE("code") {
    @Override
    Optional<RowState> read(Connection c, long id) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT parent_id, name, definition, colour, deleted_at, version FROM codes WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("parent", Rows.optionalLong(rs, "parent_id").orElse(null));
          f.put("name", rs.getString("name"));
          f.put("definition", rs.getString("definition"));
          f.put("colour", rs.getString("colour"));
          f.put(DELETED, rs.getString("deleted_at") != null);
          return Optional.of(new RowState(f, rs.getLong("version")));
        }
      }
    }

    @Override
    void write(Connection c, long id, Map<String, Object> f, long version) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE codes SET parent_id = ?, name = ?, definition = ?, colour = ?,"
                  + " deleted_at = CASE WHEN ? THEN COALESCE(deleted_at, ?) END, version = ? WHERE id = ?")) {
        Rows.setOptionalLong(ps, 1, optionalLong(f.get("parent")));
        ps.setString(2, (String) f.get("name"));
        ps.setString(3, (String) f.get("definition"));
        ps.setString(4, (String) f.get("colour"));
        ps.setBoolean(5, deleted(f));
        ps.setString(6, Rows.now());
        ps.setLong(7, version);
        ps.setLong(8, id);
        ps.executeUpdate();
      }
    }

    @Override
    void checkLiveState(Connection c, long id, Map<String, Object> f) throws SQLException {
      Optional<Long> parent = optionalLong(f.get("parent"));
      if (parent.isPresent() && SqliteCodeStore.get(c, new CodeId(parent.get())).isEmpty()) {
        throw new ConflictException(
            "the parent code (id " + parent.get() + ") of code " + id + " was deleted");
      }
      String name = (String) f.get("name");
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT 1 FROM codes WHERE deleted_at IS NULL AND name = ? AND parent_id IS ? AND id <> ?")) {
        ps.setString(1, name);
        Rows.setOptionalLong(ps, 2, parent);
        ps.setLong(3, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            throw new ConflictException("a code named '" + name + "' exists already at that level");
          }
        }
      }
    }

    @Override
    Object value(Connection c, long id) throws SQLException {
      return SqliteCodeStore.anyState(c, new CodeId(id));
    }
  },

  CODING("coding") {
    @Override
    Optional<RowState> read(Connection c, long id) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT code_id, start, \"end\", memo, deleted_at, version FROM codings WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("code", rs.getLong("code_id"));
          f.put("start", rs.getInt("start"));
          f.put("end", rs.getInt("end"));
          f.put("memo", rs.getString("memo"));
          f.put(DELETED, rs.getString("deleted_at") != null);
          return Optional.of(new RowState(f, rs.getLong("version")));
        }
      }
    }

    @Override
    void write(Connection c, long id, Map<String, Object> f, long version) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE codings SET code_id = ?, start = ?, \"end\" = ?, memo = ?, updated_at = ?,"
                  + " deleted_at = CASE WHEN ? THEN COALESCE(deleted_at, ?) END, version = ? WHERE id = ?")) {
        String now = Rows.now();
        ps.setLong(1, ((Number) f.get("code")).longValue());
        ps.setInt(2, ((Number) f.get("start")).intValue());
        ps.setInt(3, ((Number) f.get("end")).intValue());
        ps.setString(4, (String) f.get("memo"));
        ps.setString(5, now);
        ps.setBoolean(6, deleted(f));
        ps.setString(7, now);
        ps.setLong(8, version);
        ps.setLong(9, id);
        ps.executeUpdate();
      }
    }

    @Override
    void checkLiveState(Connection c, long id, Map<String, Object> f) throws SQLException {
      long code = ((Number) f.get("code")).longValue();
      if (SqliteCodeStore.get(c, new CodeId(code)).isEmpty()) {
        throw new ConflictException("the code (id " + code + ") of coding " + id + " was deleted");
      }
    }

    @Override
    Object value(Connection c, long id) throws SQLException {
      return SqliteCodingStore.anyState(c, new CodingId(id));
    }
  },

  THEME("theme") {
    @Override
    Optional<RowState> read(Connection c, long id) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT parent_id, name, definition, position, status, memo, deleted_at, version"
                  + " FROM themes WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("parent", Rows.optionalLong(rs, "parent_id").orElse(null));
          f.put("name", rs.getString("name"));
          f.put("definition", rs.getString("definition"));
          f.put("position", rs.getInt("position"));
          f.put("status", rs.getString("status"));
          f.put("memo", rs.getString("memo"));
          // Links are part of the node's state, so linking and unlinking undo like any edit.
          List<Long> codes = new ArrayList<>();
          try (PreparedStatement links =
              c.prepareStatement(
                  "SELECT code_id FROM theme_codes WHERE theme_id = ? ORDER BY code_id")) {
            links.setLong(1, id);
            try (ResultSet l = links.executeQuery()) {
              while (l.next()) {
                codes.add(l.getLong(1));
              }
            }
          }
          f.put("codes", codes);
          f.put(DELETED, rs.getString("deleted_at") != null);
          return Optional.of(new RowState(f, rs.getLong("version")));
        }
      }
    }

    @Override
    void write(Connection c, long id, Map<String, Object> f, long version) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE themes SET parent_id = ?, name = ?, definition = ?, position = ?, status = ?,"
                  + " memo = ?, deleted_at = CASE WHEN ? THEN COALESCE(deleted_at, ?) END,"
                  + " version = ? WHERE id = ?")) {
        Rows.setOptionalLong(ps, 1, optionalLong(f.get("parent")));
        ps.setString(2, (String) f.get("name"));
        ps.setString(3, (String) f.get("definition"));
        ps.setInt(4, ((Number) f.get("position")).intValue());
        ps.setString(5, (String) f.get("status"));
        ps.setString(6, (String) f.get("memo"));
        ps.setBoolean(7, deleted(f));
        ps.setString(8, Rows.now());
        ps.setLong(9, version);
        ps.setLong(10, id);
        ps.executeUpdate();
      }
      Set<Long> codes = new TreeSet<>();
      for (Object code : (List<?>) f.get("codes")) {
        codes.add(((Number) code).longValue());
      }
      SqliteThemeStore.writeCodes(c, id, codes);
    }

    @Override
    void checkLiveState(Connection c, long id, Map<String, Object> f) throws SQLException {
      Optional<Long> parent = optionalLong(f.get("parent"));
      if (parent.isPresent() && SqliteThemeStore.get(c, new ThemeId(parent.get())).isEmpty()) {
        throw new ConflictException(
            "the parent theme (id " + parent.get() + ") of theme " + id + " was deleted");
      }
      for (Object code : (List<?>) f.get("codes")) {
        long k = ((Number) code).longValue();
        if (SqliteCodeStore.get(c, new CodeId(k)).isEmpty()) {
          throw new ConflictException("code " + k + " linked to theme " + id + " was deleted");
        }
      }
    }

    @Override
    Object value(Connection c, long id) throws SQLException {
      return SqliteThemeStore.anyState(c, new ThemeId(id));
    }
  },

  MEMO("memo") {
    @Override
    Optional<RowState> read(Connection c, long id) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT text, deleted_at, version FROM memos WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("text", rs.getString("text"));
          f.put(DELETED, rs.getString("deleted_at") != null);
          return Optional.of(new RowState(f, rs.getLong("version")));
        }
      }
    }

    @Override
    void write(Connection c, long id, Map<String, Object> f, long version) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE memos SET text = ?, updated_at = ?,"
                  + " deleted_at = CASE WHEN ? THEN COALESCE(deleted_at, ?) END, version = ? WHERE id = ?")) {
        String now = Rows.now();
        ps.setString(1, (String) f.get("text"));
        ps.setString(2, now);
        ps.setBoolean(3, deleted(f));
        ps.setString(4, now);
        ps.setLong(5, version);
        ps.setLong(6, id);
        ps.executeUpdate();
      }
    }

    @Override
    void checkLiveState(Connection c, long id, Map<String, Object> f) {
      // a memo's attachments are never deleted under it in a way undo could resurrect
    }

    @Override
    Object value(Connection c, long id) throws SQLException {
      return SqliteMemoStore.anyState(c, new MemoId(id));
    }
  };

  static final String DELETED = "deleted";

  private final String entity;

  UndoableRow(String entity) {
    this.entity = entity;
  }

  /** The entity name used in the audit log and the undo journal. */
  String entity() {
    return entity;
  }

  static UndoableRow of(String entity) {
    for (UndoableRow r : values()) {
      if (r.entity.equals(entity)) {
        return r;
      }
    }
    throw new IllegalStateException("unknown undoable entity '" + entity + "'");
  }

  /** The row's mutable fields and version, deleted or not; empty if the row does not exist. */
  abstract Optional<RowState> read(Connection c, long id) throws SQLException;

  /** Overwrites the row's mutable fields (and its deleted flag) and sets its version. */
  abstract void write(Connection c, long id, Map<String, Object> fields, long version)
      throws SQLException;

  /**
   * Checks that a live (not deleted) state may be written now: what it refers to is still live and
   * it clashes with nothing.
   *
   * @throws ConflictException otherwise
   */
  abstract void checkLiveState(Connection c, long id, Map<String, Object> fields)
      throws SQLException;

  /** The row as its domain value (Code, Coding, Theme or VersionedMemo), deleted or not. */
  abstract Object value(Connection c, long id) throws SQLException;

  static boolean deleted(Map<String, Object> fields) {
    return Boolean.TRUE.equals(fields.get(DELETED));
  }

  static Optional<Long> optionalLong(Object value) {
    return value == null ? Optional.empty() : Optional.of(((Number) value).longValue());
  }

  /** A row's mutable fields (with "deleted") and its version. */
  record RowState(Map<String, Object> fields, long version) {
    RowState {
      fields = new LinkedHashMap<>(fields);
    }

    boolean deleted() {
      return UndoableRow.deleted(fields);
    }

    /** The fields plus the version, as the audit log shows them. */
    Map<String, Object> auditView() {
      Map<String, Object> m = new LinkedHashMap<>(fields);
      m.put("version", version);
      return m;
    }
  }
}
