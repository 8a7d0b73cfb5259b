package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.MemoEntry;
import org.verbatim.core.model.MemoKind;
import org.verbatim.core.model.MemoQuery;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.ThemeId;

/**
 * The project's memo list in one SQL query: memos, codings' memos and theme nodes' memos, filtered
 * by kind, author, target and text, newest first. Blind coding is applied here too, so a hidden
 * coding's memo never leaves the database for a coder who may not see it.
 */
final class MemoListQuery {
  // one row per entry, in the shape of MemoEntry; the kind of a memo is its most specific target
  private static final String ENTRIES =
      "SELECT CASE WHEN m.coding_id IS NOT NULL THEN 'coding' WHEN m.code_id IS NOT NULL THEN 'code'"
          + " WHEN m.document_id IS NOT NULL THEN 'document' ELSE 'project' END AS kind,"
          + " 'memo' AS source, m.id AS id, m.author_id AS author, m.document_id AS document,"
          + " m.code_id AS code, m.coding_id AS coding, NULL AS theme, m.text AS text,"
          + " m.updated_at AS at, m.version AS version"
          + " FROM memos m WHERE m.deleted_at IS NULL"
          + " UNION ALL SELECT 'coding', 'coding', k.id, k.coder_id, k.document_id, k.code_id, k.id,"
          + " NULL, k.memo, k.updated_at, k.version FROM codings k"
          + " WHERE k.deleted_at IS NULL AND k.memo <> ''"
          + " UNION ALL SELECT 'theme', 'theme', t.id, NULL, NULL, NULL, NULL, t.id, t.memo,"
          + " t.created_at, t.version FROM themes t WHERE t.deleted_at IS NULL AND t.memo <> ''";

  private static final String SELECT =
      "SELECT e.kind, e.source, e.id, e.author, a.name AS author_name,"
          + " COALESCE(e.document, kc.document_id) AS doc, d.name AS doc_name,"
          + " COALESCE(e.code, kc.code_id) AS code_ref, c.name AS code_name, e.coding,"
          + " kc.start AS span_start, kc.\"end\" AS span_end, e.theme, t.name AS theme_name,"
          + " e.text, e.at, e.version"
          + " FROM ("
          + ENTRIES
          + ") e"
          + " LEFT JOIN codings kc ON kc.id = e.coding"
          + " LEFT JOIN coders a ON a.id = e.author"
          + " LEFT JOIN documents d ON d.id = COALESCE(e.document, kc.document_id)"
          + " LEFT JOIN codes c ON c.id = COALESCE(e.code, kc.code_id)"
          + " LEFT JOIN themes t ON t.id = e.theme"
          // an entry about a deleted coding or code is gone with it
          + " WHERE (e.coding IS NULL OR kc.deleted_at IS NULL)"
          + " AND (COALESCE(e.code, kc.code_id) IS NULL OR c.deleted_at IS NULL)";

  private MemoListQuery() {}

  static List<MemoEntry> run(Connection c, MemoQuery q, int max) throws SQLException {
    StringBuilder sql = new StringBuilder(SELECT);
    List<Object> args = new ArrayList<>();
    q.kind().ifPresent(k -> and(sql, args, "e.kind = ?", k.code()));
    q.author().ifPresent(a -> and(sql, args, "e.author = ?", a.value()));
    q.document()
        .ifPresent(d -> and(sql, args, "COALESCE(e.document, kc.document_id) = ?", d.value()));
    q.code().ifPresent(k -> and(sql, args, "COALESCE(e.code, kc.code_id) = ?", k.value()));
    q.theme().ifPresent(t -> and(sql, args, "e.theme = ?", t.value()));
    q.text().ifPresent(t -> and(sql, args, "e.text LIKE ? ESCAPE '\\'", "%" + escape(t) + "%"));
    q.blindTo()
        .ifPresent(
            me -> {
              // a coder under blind coding sees their own memos and codings, about nothing
              // hidden from them, and the team's theme memos
              sql.append(
                  " AND (e.source = 'theme' OR (e.author = ? AND (kc.id IS NULL OR kc.coder_id = ?)))");
              args.add(me.value());
              args.add(me.value());
            });
    sql.append(" ORDER BY e.at DESC, e.source, e.id DESC LIMIT ?");
    args.add(max);
    List<MemoEntry> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(entry(rs));
        }
      }
    }
    return out;
  }

  private static void and(StringBuilder sql, List<Object> args, String condition, Object value) {
    sql.append(" AND ").append(condition);
    args.add(value);
  }

  /** The text as a LIKE pattern part: its own %, _ and \ match themselves. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static MemoEntry entry(ResultSet rs) throws SQLException {
    Optional<Long> start = Rows.optionalLong(rs, "span_start");
    Optional<Long> end = Rows.optionalLong(rs, "span_end");
    Optional<Span> span =
        start.isPresent() && end.isPresent()
            ? Optional.of(new Span(start.get().intValue(), end.get().intValue()))
            : Optional.empty();
    return new MemoEntry(
        MemoKind.of(rs.getString("kind")),
        MemoEntry.Source.valueOf(rs.getString("source").toUpperCase(Locale.ROOT)),
        rs.getLong("id"),
        Rows.optionalLong(rs, "author").map(CoderId::new),
        Rows.optionalString(rs, "author_name"),
        Rows.optionalLong(rs, "doc").map(DocumentId::new),
        Rows.optionalString(rs, "doc_name"),
        Rows.optionalLong(rs, "code_ref").map(CodeId::new),
        Rows.optionalString(rs, "code_name"),
        Rows.optionalLong(rs, "coding").map(CodingId::new),
        span,
        Rows.optionalLong(rs, "theme").map(ThemeId::new),
        Rows.optionalString(rs, "theme_name"),
        rs.getString("text"),
        rs.getString("at"),
        rs.getLong("version"));
  }
}
