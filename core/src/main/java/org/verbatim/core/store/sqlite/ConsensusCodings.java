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
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.ConsensusSpan;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.store.sqlite.UndoableRow.RowState;

/**
 * Writing the consensus layer for decisions: new consensus codings with their provenance, and
 * removing those of a superseded decision. Audited, but outside the undo history (decisions are
 * revisited, not undone).
 */
final class ConsensusCodings {
  private ConsensusCodings() {}

  /** Soft-deletes the live consensus codings a superseded decision wrote. */
  static List<Coding> remove(Connection c, long decision, String actor) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT consensus_coding_id FROM consensus_provenance WHERE decision_id = ?"
                + " ORDER BY consensus_coding_id")) {
      ps.setLong(1, decision);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    List<Coding> removed = new ArrayList<>();
    for (long id : ids) {
      Optional<RowState> before = UndoableRow.CODING.read(c, id).filter(s -> !s.deleted());
      if (before.isEmpty()) {
        continue; // deleted meanwhile, e.g. with its code
      }
      Map<String, Object> fields = new LinkedHashMap<>(before.get().fields());
      fields.put(UndoableRow.DELETED, true);
      RowState after = new RowState(fields, before.get().version() + 1);
      UndoableRow.CODING.write(c, id, after.fields(), after.version());
      AuditWriter.record(
          c,
          actor,
          "delete",
          "coding",
          id,
          Optional.of(before.get().auditView()),
          Optional.of(after.auditView()));
      removed.add(SqliteCodingStore.anyState(c, new CodingId(id)));
    }
    return removed;
  }

  static Coding insert(
      Connection c,
      DocumentId document,
      int length,
      CoderId consensus,
      ConsensusSpan span,
      long decision,
      String actor)
      throws SQLException {
    SqliteCodingStore.checkSpan(span.span(), length, document);
    if (SqliteCodeStore.get(c, span.code()).isEmpty()) {
      throw new NotFoundException("no code with id " + span.code());
    }
    String now = Rows.now();
    long id;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO codings(document_id, code_id, coder_id, start, \"end\", memo, created_at,"
                + " updated_at) VALUES (?,?,?,?,?,'',?,?)")) {
      ps.setLong(1, document.value());
      ps.setLong(2, span.code().value());
      ps.setLong(3, consensus.value());
      ps.setInt(4, span.span().start());
      ps.setInt(5, span.span().end());
      ps.setString(6, now);
      ps.setString(7, now);
      ps.executeUpdate();
      id = Rows.generatedKey(ps);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO consensus_provenance(consensus_coding_id, source_coding_id, decision_id)"
                + " VALUES (?,?,?)")) {
      for (CodingId source : span.sources()) {
        ps.setLong(1, id);
        ps.setLong(2, source.value());
        ps.setLong(3, decision);
        ps.executeUpdate();
      }
    }
    Coding created = SqliteCodingStore.anyState(c, new CodingId(id));
    Map<String, Object> view = new LinkedHashMap<>(SqliteCodingStore.auditView(created));
    view.put("sources", span.sources().stream().map(CodingId::value).toList());
    view.put("decision", decision);
    AuditWriter.record(c, actor, "create", "coding", id, Optional.empty(), Optional.of(view));
    return created;
  }
}
