package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.store.ThemeStore;

/** The theme tree in SQLite. */
final class SqliteThemeStore implements ThemeStore {
  private final SqliteDatabase db;

  SqliteThemeStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Theme create(NewTheme theme, String actor) {
    if (theme.name().isBlank()) {
      throw new InvalidInputException("theme name must not be blank");
    }
    return db.write(
        c -> {
          int position;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM themes WHERE parent_id IS ? AND deleted_at IS NULL")) {
            Rows.setOptionalLong(ps, 1, theme.parent().map(ThemeId::value));
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              position = rs.getInt(1);
            }
          }
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO themes(parent_id, name, definition, position, created_at) VALUES (?,?,?,?,?)")) {
            Rows.setOptionalLong(ps, 1, theme.parent().map(ThemeId::value));
            ps.setString(2, theme.name().strip());
            ps.setString(3, theme.definition());
            ps.setInt(4, position);
            ps.setString(5, Rows.now());
            ps.executeUpdate();
            id = Rows.generatedKey(ps);
          }
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO theme_codes(theme_id, code_id) VALUES (?,?)")) {
            for (CodeId code : theme.codes()) {
              if (SqliteCodeStore.get(c, code).isEmpty()) {
                throw new NotFoundException("no code with id " + code);
              }
              ps.setLong(1, id);
              ps.setLong(2, code.value());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          AuditWriter.record(
              c,
              actor,
              "create",
              "theme",
              id,
              Optional.empty(),
              Optional.of(
                  Map.of(
                      "name",
                      theme.name(),
                      "codes",
                      theme.codes().stream().map(CodeId::value).toList())));
          return all(c).stream().filter(t -> t.id().value() == id).findFirst().orElseThrow();
        });
  }

  @Override
  public List<Theme> list() {
    return db.read(SqliteThemeStore::all);
  }

  private static List<Theme> all(Connection c) throws SQLException {
    Map<Long, List<CodeId>> codes = new HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT tc.theme_id, tc.code_id FROM theme_codes tc JOIN codes k ON k.id = tc.code_id"
                    + " WHERE k.deleted_at IS NULL ORDER BY tc.code_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        codes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CodeId(rs.getLong(2)));
      }
    }
    List<Theme> flat = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, parent_id, name, definition, position FROM themes WHERE deleted_at IS NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong("id");
        flat.add(
            new Theme(
                new ThemeId(id),
                Rows.optionalLong(rs, "parent_id").map(ThemeId::new),
                rs.getString("name"),
                rs.getString("definition"),
                rs.getInt("position"),
                codes.getOrDefault(id, List.of())));
      }
    }
    Map<Optional<ThemeId>, List<Theme>> children = new HashMap<>();
    flat.forEach(t -> children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t));
    children.values().forEach(l -> l.sort(Comparator.comparingInt(Theme::position)));
    List<Theme> out = new ArrayList<>();
    append(Optional.empty(), children, out);
    return out;
  }

  private static void append(
      Optional<ThemeId> parent, Map<Optional<ThemeId>, List<Theme>> children, List<Theme> out) {
    for (Theme t : children.getOrDefault(parent, List.of())) {
      out.add(t);
      append(Optional.of(t.id()), children, out);
    }
  }
}
