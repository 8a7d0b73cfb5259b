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
import java.util.regex.Pattern;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeDeletion;
import org.verbatim.core.model.CodeEdit;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodeMerge;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.store.CodeStore;

/** The codebook tree in SQLite. */
final class SqliteCodeStore implements CodeStore {
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final String COLUMNS =
      "SELECT id, parent_id, name, definition, colour, version FROM codes";

  private final SqliteDatabase db;
  private final CodeMutations mutations;

  SqliteCodeStore(SqliteDatabase db) {
    this.db = db;
    this.mutations = new CodeMutations(db);
  }

  @Override
  public Code create(NewCode code, String actor) {
    String name = CodeMutations.checkName(code.name());
    if (!COLOUR.matcher(code.colour()).matches()) {
      throw new InvalidInputException("colour must look like #RRGGBB, was '" + code.colour() + "'");
    }
    return db.write(
        c -> {
          if (code.parent().isPresent() && get(c, code.parent().get()).isEmpty()) {
            throw new NotFoundException("no code with id " + code.parent().get());
          }
          if (siblingNamed(c, code.parent(), name)) {
            throw new ConflictException("a code named '" + name + "' exists already at that level");
          }
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO codes(parent_id, name, definition, colour, created_at) VALUES (?,?,?,?,?)")) {
            Rows.setOptionalLong(ps, 1, code.parent().map(CodeId::value));
            ps.setString(2, name);
            ps.setString(3, code.definition());
            ps.setString(4, code.colour());
            ps.setString(5, Rows.now());
            ps.executeUpdate();
            id = Rows.generatedKey(ps);
          }
          Code created = get(c, new CodeId(id)).orElseThrow();
          AuditWriter.record(
              c, actor, "create", "code", id, Optional.empty(), Optional.of(auditView(created)));
          Journal.begin(c, actor, "create code '" + name + "'").created(UndoableRow.CODE, id);
          return created;
        });
  }

  static Map<String, Object> auditView(Code code) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", code.name());
    m.put("parent", code.parent().map(CodeId::value).orElse(null));
    m.put("definition", code.definition());
    m.put("colour", code.colour());
    m.put("version", code.version());
    return m;
  }

  private static boolean siblingNamed(Connection c, Optional<CodeId> parent, String name)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM codes WHERE deleted_at IS NULL AND name = ? AND parent_id IS ?")) {
      ps.setString(1, name);
      Rows.setOptionalLong(ps, 2, parent.map(CodeId::value));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public List<Code> list() {
    return db.read(
        c -> {
          List<Code> all = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE deleted_at IS NULL");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              all.add(toCode(rs));
            }
          }
          return treeOrder(all);
        });
  }

  /** Parents before children (depth first), siblings by name. */
  private static List<Code> treeOrder(List<Code> all) {
    Map<Optional<CodeId>, List<Code>> children = new HashMap<>();
    for (Code code : all) {
      children.computeIfAbsent(code.parent(), k -> new ArrayList<>()).add(code);
    }
    children
        .values()
        .forEach(l -> l.sort(Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)));
    List<Code> out = new ArrayList<>();
    appendSubtree(Optional.empty(), children, out);
    return out;
  }

  private static void appendSubtree(
      Optional<CodeId> parent, Map<Optional<CodeId>, List<Code>> children, List<Code> out) {
    for (Code code : children.getOrDefault(parent, List.of())) {
      out.add(code);
      appendSubtree(Optional.of(code.id()), children, out);
    }
  }

  @Override
  public Optional<Code> get(CodeId id) {
    return db.read(c -> get(c, id));
  }

  static Optional<Code> get(Connection c, CodeId id) throws SQLException {
    return Rows.one(
        c, COLUMNS + " WHERE id = ? AND deleted_at IS NULL", id.value(), SqliteCodeStore::toCode);
  }

  /** The code's current row, deleted or not. */
  static Code anyState(Connection c, CodeId id) throws SQLException {
    return Rows.one(c, COLUMNS + " WHERE id = ?", id.value(), SqliteCodeStore::toCode)
        .orElseThrow(() -> new NotFoundException("no code with id " + id));
  }

  @Override
  public Code edit(CodeId id, long expectedVersion, CodeEdit edit, String actor) {
    return mutations.edit(id, expectedVersion, edit, actor);
  }

  @Override
  public Code move(CodeId id, long expectedVersion, Optional<CodeId> parent, String actor) {
    return mutations.move(id, expectedVersion, parent, actor);
  }

  @Override
  public CodeMerge merge(
      CodeId source,
      long sourceVersion,
      CodeId target,
      Optional<CoderId> exclusiveCoder,
      String actor) {
    return mutations.merge(source, sourceVersion, target, exclusiveCoder, actor);
  }

  @Override
  public CodeDeletion delete(
      CodeId id, long expectedVersion, Optional<CoderId> exclusiveCoder, String actor) {
    return mutations.delete(id, expectedVersion, exclusiveCoder, actor);
  }

  private static Code toCode(ResultSet rs) throws SQLException {
    return new Code(
        new CodeId(rs.getLong("id")),
        Rows.optionalLong(rs, "parent_id").map(CodeId::new),
        rs.getString("name"),
        rs.getString("definition"),
        rs.getString("colour"),
        rs.getLong("version"));
  }
}
