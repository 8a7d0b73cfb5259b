package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Memo;
import org.verbatim.core.model.MemoEntry;
import org.verbatim.core.model.MemoFilter;
import org.verbatim.core.model.MemoId;
import org.verbatim.core.model.MemoQuery;
import org.verbatim.core.model.NewMemo;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.TextRules;
import org.verbatim.core.model.VersionedMemo;
import org.verbatim.core.store.MemoStore;

/** Memos in SQLite; every write is one journalled (undoable) action. */
final class SqliteMemoStore implements MemoStore {
  static final int MAX_TEXT = TextRules.MAX_MEMO;
  private static final String COLUMNS =
      "SELECT id, author_id, document_id, code_id, coding_id, text, created_at, updated_at, version FROM memos";

  private final SqliteDatabase db;

  SqliteMemoStore(SqliteDatabase db) {
    this.db = db;
  }

  private static String checkText(String text) {
    if (text.isBlank()) {
      throw new InvalidInputException("memo text must not be blank");
    }
    return TextRules.text(text, "memo text", MAX_TEXT);
  }

  @Override
  public VersionedMemo create(NewMemo memo, String actor) {
    checkText(memo.text());
    return db.write(
        c -> {
          checkExists(c, "documents", memo.document().map(DocumentId::value), "document");
          checkExists(c, "codes", memo.code().map(CodeId::value), "code");
          checkExists(c, "codings", memo.coding().map(CodingId::value), "coding");
          long id;
          String now = Rows.now();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO memos(author_id, document_id, code_id, coding_id, text, created_at, updated_at)"
                      + " VALUES (?,?,?,?,?,?,?)")) {
            ps.setLong(1, memo.author().value());
            Rows.setOptionalLong(ps, 2, memo.document().map(DocumentId::value));
            Rows.setOptionalLong(ps, 3, memo.code().map(CodeId::value));
            Rows.setOptionalLong(ps, 4, memo.coding().map(CodingId::value));
            ps.setString(5, memo.text());
            ps.setString(6, now);
            ps.setString(7, now);
            ps.executeUpdate();
            id = Rows.generatedKey(ps);
          }
          AuditWriter.record(
              c,
              actor,
              "create",
              "memo",
              id,
              Optional.empty(),
              Optional.of(Map.of("text", memo.text(), "version", 1)));
          Journal.begin(c, actor, "write memo").created(UndoableRow.MEMO, id);
          return anyState(c, new MemoId(id));
        });
  }

  private static void checkExists(Connection c, String table, Optional<Long> id, String what)
      throws SQLException {
    if (id.isEmpty()) {
      return;
    }
    String live = table.equals("documents") ? "" : " AND deleted_at IS NULL";
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?" + live)) {
      ps.setLong(1, id.get());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("no " + what + " with id " + id.get());
        }
      }
    }
  }

  @Override
  public VersionedMemo edit(MemoId id, long expectedVersion, String text, String actor) {
    checkText(text);
    return db.write(
        c -> {
          Journal.begin(c, actor, "edit memo")
              .change(
                  UndoableRow.MEMO,
                  id.value(),
                  Optional.of(expectedVersion),
                  "edit",
                  f -> f.put("text", text));
          return anyState(c, id);
        });
  }

  @Override
  public VersionedMemo delete(MemoId id, long expectedVersion, String actor) {
    return db.write(
        c -> {
          Journal.begin(c, actor, "delete memo")
              .change(
                  UndoableRow.MEMO,
                  id.value(),
                  Optional.of(expectedVersion),
                  "delete",
                  f -> f.put(UndoableRow.DELETED, true));
          return anyState(c, id);
        });
  }

  @Override
  public Optional<VersionedMemo> get(MemoId id) {
    return db.read(
        c ->
            query(c, " WHERE deleted_at IS NULL AND id = ?", List.of(id.value())).stream()
                .findFirst());
  }

  @Override
  public List<VersionedMemo> list(MemoFilter filter) {
    StringBuilder where = new StringBuilder(" WHERE deleted_at IS NULL");
    List<Long> args = new ArrayList<>();
    filter.author().ifPresent(a -> add(where, args, "author_id", a.value()));
    filter.document().ifPresent(d -> add(where, args, "document_id", d.value()));
    filter.code().ifPresent(k -> add(where, args, "code_id", k.value()));
    filter.coding().ifPresent(k -> add(where, args, "coding_id", k.value()));
    where.append(" ORDER BY id");
    return db.read(c -> query(c, where.toString(), args));
  }

  @Override
  public List<MemoEntry> entries(MemoQuery query, int max) {
    return db.read(c -> MemoListQuery.run(c, query, max));
  }

  private static void add(StringBuilder where, List<Long> args, String column, long value) {
    where.append(" AND ").append(column).append(" = ?");
    args.add(value);
  }

  /** The memo's current row, deleted or not. */
  static VersionedMemo anyState(Connection c, MemoId id) throws SQLException {
    return query(c, " WHERE id = ?", List.of(id.value())).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no memo with id " + id));
  }

  private static List<VersionedMemo> query(Connection c, String where, List<Long> args)
      throws SQLException {
    List<VersionedMemo> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(COLUMNS + where)) {
      for (int i = 0; i < args.size(); i++) {
        ps.setLong(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Memo memo =
              new Memo(
                  new MemoId(rs.getLong("id")),
                  new CoderId(rs.getLong("author_id")),
                  Rows.optionalLong(rs, "document_id").map(DocumentId::new),
                  Rows.optionalLong(rs, "code_id").map(CodeId::new),
                  Rows.optionalLong(rs, "coding_id").map(CodingId::new),
                  rs.getString("text"),
                  Rows.instant(rs, "created_at"),
                  Rows.instant(rs, "updated_at"));
          out.add(new VersionedMemo(memo, rs.getLong("version")));
        }
      }
    }
    return out;
  }
}
