package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Span;

/**
 * Reads every live coding of the project for study-wide passes (reconciliation rules) that sort
 * each document's codings themselves: in document order only, so SQLite walks the document index
 * instead of sorting the table, with columns read by position and repeated timestamps parsed once
 * (a batch of codings shares one).
 */
final class StudyCodings {
  private StudyCodings() {}

  static List<Coding> read(Connection c) throws SQLException {
    List<Coding> out = new ArrayList<>();
    Map<String, Instant> instants = new HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, document_id, code_id, coder_id, start, \"end\", memo, created_at,"
                    + " updated_at, version FROM codings INDEXED BY codings_document"
                    + " WHERE deleted_at IS NULL ORDER BY document_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Coding(
                new CodingId(rs.getLong(1)),
                new DocumentId(rs.getLong(2)),
                new CodeId(rs.getLong(3)),
                new CoderId(rs.getLong(4)),
                new Span(rs.getInt(5), rs.getInt(6)),
                rs.getString(7),
                instants.computeIfAbsent(rs.getString(8), Instant::parse),
                instants.computeIfAbsent(rs.getString(9), Instant::parse),
                rs.getLong(10)));
        if (instants.size() > 100_000) {
          instants.clear(); // unique timestamps: keep the cache from growing with the table
        }
      }
    }
    return out;
  }
}
