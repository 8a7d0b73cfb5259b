package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeEdit;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.model.ThemeReview;
import org.verbatim.core.model.ThemeStatus;
import org.verbatim.core.store.ThemeStore;

/** The theme tree in SQLite; every change is journalled (audited and undoable). */
final class SqliteThemeStore implements ThemeStore {
  private final SqliteDatabase db;

  SqliteThemeStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Theme create(NewTheme theme, String actor) {
    return db.write(
        c -> {
          if (theme.parent().isPresent()) {
            live(c, theme.parent().get());
          }
          for (CodeId code : theme.codes()) {
            requireCode(c, code);
          }
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
          writeCodes(c, id, new TreeSet<>(theme.codes().stream().map(CodeId::value).toList()));
          Journal journal = Journal.begin(c, actor, "create theme '" + theme.name().strip() + "'");
          UndoableRow.RowState after = journal.created(UndoableRow.THEME, id);
          AuditWriter.record(
              c, actor, "create", "theme", id, Optional.empty(), Optional.of(after.auditView()));
          return live(c, new ThemeId(id));
        });
  }

  @Override
  public List<Theme> list() {
    return db.read(SqliteThemeStore::all);
  }

  @Override
  public Optional<Theme> get(ThemeId id) {
    return db.read(c -> get(c, id));
  }

  @Override
  public Theme edit(ThemeId id, Optional<Long> expectedVersion, ThemeEdit edit, String actor) {
    return db.write(
        c -> {
          Theme old = live(c, id);
          String label =
              edit.name().isPresent()
                  ? "rename theme '" + old.name() + "' to '" + edit.name().get().strip() + "'"
                  : (edit.definition().isPresent() ? "define" : "edit the memo of")
                      + " theme '"
                      + old.name()
                      + "'";
          Journal.begin(c, actor, label)
              .change(
                  UndoableRow.THEME,
                  id.value(),
                  expectedVersion,
                  "edit",
                  f -> {
                    edit.name().ifPresent(n -> f.put("name", n.strip()));
                    edit.definition().ifPresent(d -> f.put("definition", d));
                    edit.memo().ifPresent(m -> f.put("memo", m));
                  });
          return live(c, id);
        });
  }

  @Override
  public Theme move(
      ThemeId id,
      Optional<Long> expectedVersion,
      Optional<ThemeId> parent,
      int position,
      String actor) {
    return db.write(
        c -> {
          Theme node = live(c, id);
          if (parent.isPresent()) {
            live(c, parent.get());
          }
          Journal.checkVersion(
              UndoableRow.THEME,
              id.value(),
              node.version(),
              expectedVersion.orElse(node.version()));
          List<Theme> themes = all(c);
          Map<Long, Object[]> placed = new HashMap<>();
          List<Theme> oldSiblings = siblings(themes, node.parent(), id);
          List<Theme> newSiblings =
              parent.equals(node.parent()) ? oldSiblings : siblings(themes, parent, id);
          List<Theme> order = new ArrayList<>(newSiblings);
          order.add(Math.max(0, Math.min(position, order.size())), node);
          for (int i = 0; i < order.size(); i++) {
            placed.put(order.get(i).id().value(), new Object[] {parent, i});
          }
          if (!parent.equals(node.parent())) {
            for (int i = 0; i < oldSiblings.size(); i++) {
              placed.put(oldSiblings.get(i).id().value(), new Object[] {node.parent(), i});
            }
          }
          Journal journal = Journal.begin(c, actor, "move theme '" + node.name() + "'");
          Map<Long, Theme> byId = new HashMap<>();
          themes.forEach(t -> byId.put(t.id().value(), t));
          for (Map.Entry<Long, Object[]> e : new java.util.TreeMap<>(placed).entrySet()) {
            Theme t = byId.get(e.getKey());
            @SuppressWarnings("unchecked")
            Optional<ThemeId> p = (Optional<ThemeId>) e.getValue()[0];
            int pos = (Integer) e.getValue()[1];
            if (t.parent().equals(p) && t.position() == pos) {
              continue;
            }
            journal.change(
                UndoableRow.THEME,
                e.getKey(),
                Optional.empty(),
                "move",
                f -> {
                  f.put("parent", p.map(ThemeId::value).orElse(null));
                  f.put("position", pos);
                });
          }
          return live(c, id);
        });
  }

  private static List<Theme> siblings(List<Theme> themes, Optional<ThemeId> parent, ThemeId not) {
    return themes.stream()
        .filter(t -> t.parent().equals(parent) && !t.id().equals(not))
        .sorted(Comparator.comparingInt(Theme::position).thenComparing(t -> t.id().value()))
        .toList();
  }

  @Override
  public Theme setCodes(
      ThemeId id, Optional<Long> expectedVersion, Set<CodeId> codes, String label, String actor) {
    return db.write(
        c -> {
          live(c, id);
          for (CodeId code : codes) {
            requireCode(c, code);
          }
          List<Long> ids =
              new TreeSet<>(codes.stream().map(CodeId::value).toList()).stream().toList();
          Journal.begin(c, actor, label)
              .change(
                  UndoableRow.THEME, id.value(), expectedVersion, "link", f -> f.put("codes", ids));
          return live(c, id);
        });
  }

  @Override
  public Theme setStatus(
      ThemeId id,
      Optional<Long> expectedVersion,
      ThemeStatus status,
      String comment,
      String actor) {
    return db.write(
        c -> {
          Theme old = live(c, id);
          Journal.begin(c, actor, "mark theme '" + old.name() + "' " + status.code())
              .change(
                  UndoableRow.THEME,
                  id.value(),
                  expectedVersion,
                  "review",
                  f -> f.put("status", status.code()));
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO theme_reviews(theme_id, from_status, to_status, actor, at, comment)"
                      + " VALUES (?,?,?,?,?,?)")) {
            ps.setLong(1, id.value());
            ps.setString(2, old.status().code());
            ps.setString(3, status.code());
            ps.setString(4, actor);
            ps.setString(5, Rows.now());
            ps.setString(6, comment);
            ps.executeUpdate();
          }
          return live(c, id);
        });
  }

  @Override
  public Theme delete(ThemeId id, Optional<Long> expectedVersion, String actor) {
    return db.write(
        c -> {
          Theme old = live(c, id);
          if (all(c).stream().anyMatch(t -> t.parent().equals(Optional.of(id)))) {
            throw new ConflictException(
                "theme '" + old.name() + "' has subthemes; move or delete them first");
          }
          Journal.begin(c, actor, "delete theme '" + old.name() + "'")
              .change(
                  UndoableRow.THEME,
                  id.value(),
                  expectedVersion,
                  "delete",
                  f -> f.put(UndoableRow.DELETED, true));
          return anyState(c, id);
        });
  }

  @Override
  public List<ThemeReview> reviews(ThemeId id) {
    return allReviews().stream().filter(r -> r.theme().equals(id)).toList();
  }

  @Override
  public List<ThemeReview> allReviews() {
    return db.read(
        c -> {
          List<ThemeReview> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT theme_id, from_status, to_status, actor, at, comment FROM theme_reviews ORDER BY id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new ThemeReview(
                      new ThemeId(rs.getLong(1)),
                      ThemeStatus.of(rs.getString(2)),
                      ThemeStatus.of(rs.getString(3)),
                      rs.getString(4),
                      Rows.instant(rs, "at"),
                      rs.getString(6)));
            }
          }
          return out;
        });
  }

  @Override
  public void dismissProposal(String key, String actor) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO theme_proposal_dismissals(proposal_key, actor, at) VALUES (?,?,?)")) {
            ps.setString(1, key);
            ps.setString(2, actor);
            ps.setString(3, Rows.now());
            ps.executeUpdate();
          }
          AuditWriter.record(
              c,
              actor,
              "dismiss",
              "theme-proposal",
              0,
              Optional.empty(),
              Optional.of(Map.of("key", key)));
          return null;
        });
  }

  @Override
  public Set<String> dismissedProposals() {
    return db.read(
        c -> {
          Set<String> out = new HashSet<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT proposal_key FROM theme_proposal_dismissals");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
          return out;
        });
  }

  private static void requireCode(Connection c, CodeId code) throws SQLException {
    if (SqliteCodeStore.get(c, code).isEmpty()) {
      throw new NotFoundException("no code with id " + code);
    }
  }

  static Theme live(Connection c, ThemeId id) throws SQLException {
    return get(c, id).orElseThrow(() -> new NotFoundException("no theme with id " + id));
  }

  static Optional<Theme> get(Connection c, ThemeId id) throws SQLException {
    return all(c).stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The node whether deleted or not. */
  static Theme anyState(Connection c, ThemeId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, parent_id, name, definition, position, status, memo, version FROM themes WHERE id = ?")) {
      ps.setLong(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("no theme with id " + id);
        }
        return theme(rs, codes(c, id.value()));
      }
    }
  }

  /** The code ids linked to a node (live codes only), ascending. */
  static List<CodeId> codes(Connection c, long theme) throws SQLException {
    List<CodeId> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT tc.code_id FROM theme_codes tc JOIN codes k ON k.id = tc.code_id"
                + " WHERE tc.theme_id = ? AND k.deleted_at IS NULL ORDER BY tc.code_id")) {
      ps.setLong(1, theme);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new CodeId(rs.getLong(1)));
        }
      }
    }
    return out;
  }

  /** Replaces a node's links with {@code codes}. */
  static void writeCodes(Connection c, long theme, Set<Long> codes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM theme_codes WHERE theme_id = ?")) {
      ps.setLong(1, theme);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO theme_codes(theme_id, code_id) VALUES (?,?)")) {
      for (long code : codes) {
        ps.setLong(1, theme);
        ps.setLong(2, code);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static Theme theme(ResultSet rs, List<CodeId> codes) throws SQLException {
    return new Theme(
        new ThemeId(rs.getLong("id")),
        Rows.optionalLong(rs, "parent_id").map(ThemeId::new),
        rs.getString("name"),
        rs.getString("definition"),
        rs.getInt("position"),
        ThemeStatus.of(rs.getString("status")),
        rs.getString("memo"),
        codes,
        rs.getLong("version"));
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
                "SELECT id, parent_id, name, definition, position, status, memo, version FROM themes"
                    + " WHERE deleted_at IS NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        flat.add(theme(rs, codes.getOrDefault(rs.getLong("id"), List.of())));
      }
    }
    Set<Long> liveIds = new HashSet<>();
    flat.forEach(t -> liveIds.add(t.id().value()));
    Map<Optional<ThemeId>, List<Theme>> children = new HashMap<>();
    for (Theme t : flat) {
      // A node whose parent is not live is shown at the top rather than lost.
      Optional<ThemeId> p = t.parent().filter(x -> liveIds.contains(x.value()));
      children.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
    }
    children
        .values()
        .forEach(
            l ->
                l.sort(
                    Comparator.comparingInt(Theme::position).thenComparing(t -> t.id().value())));
    List<Theme> out = new ArrayList<>();
    append(Optional.empty(), children, out, new HashSet<>());
    return out;
  }

  private static void append(
      Optional<ThemeId> parent,
      Map<Optional<ThemeId>, List<Theme>> children,
      List<Theme> out,
      Set<ThemeId> seen) {
    for (Theme t : children.getOrDefault(parent, List.of())) {
      if (seen.add(t.id())) {
        out.add(t);
        append(Optional.of(t.id()), children, out, seen);
      }
    }
  }
}
