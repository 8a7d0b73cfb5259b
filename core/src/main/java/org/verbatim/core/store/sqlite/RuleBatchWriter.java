package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.ConsensusSpan;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewDecision;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.SourceVersion;

/**
 * Writes one rule batch inside the caller's transaction: checks every decision's sources against
 * the store in a few set-wise reads (live, on the decision's document, at the version seen, not a
 * source of any current decision), then inserts decisions, sources, consensus codings and their
 * provenance through prepared statements reused for the whole batch, and audits the batch once. A
 * study's batch holds tens of thousands of decisions, so per-decision lookups would dominate.
 */
final class RuleBatchWriter {
  /** Ids per {@code IN (...)} list, well under SQLite's limit on bound or literal terms. */
  private static final int CHUNK = 500;

  private final Connection c;
  private final String actor;

  RuleBatchWriter(Connection c, String actor) {
    this.c = c;
    this.actor = actor;
  }

  /**
   * Writes {@code decisions} as batch {@code batch} with consensus codings in layer {@code
   * consensus}.
   *
   * @throws ConflictException if a source coding was deleted, changed, or is decided meanwhile
   * @throws NotFoundException if a document or a consensus code is gone
   * @throws InvalidInputException if a source coding lies on another document or a consensus span
   *     outside its document
   */
  void write(long batch, String rules, List<NewDecision> decisions, CoderId consensus)
      throws SQLException {
    Map<Long, Integer> lengths = lengths();
    Set<Long> codes = liveCodes();
    Set<Long> sourceIds = new HashSet<>();
    decisions.forEach(d -> d.sources().forEach(s -> sourceIds.add(s.coding().value())));
    Map<Long, long[]> live = liveCodings(sourceIds);
    Set<Long> decided = currentlySourced(sourceIds);
    Set<Long> usedHere = new HashSet<>();
    for (NewDecision d : decisions) {
      check(d, lengths, codes, live, decided, usedHere);
    }
    String now = Rows.now();
    int created = 0;
    Set<Long> documents = new HashSet<>();
    try (PreparedStatement decision =
            c.prepareStatement(
                "INSERT INTO decisions(document_id, key, kind, outcome_json, reason, actor, at,"
                    + " batch_id) VALUES (?,?,?,?,?,?,?,?)");
        PreparedStatement source =
            c.prepareStatement(
                "INSERT INTO decision_sources(decision_id, coding_id, version) VALUES (?,?,?)");
        PreparedStatement coding =
            c.prepareStatement(
                "INSERT INTO codings(document_id, code_id, coder_id, start, \"end\", memo,"
                    + " created_at, updated_at) VALUES (?,?,?,?,?,'',?,?)");
        PreparedStatement provenance =
            c.prepareStatement(
                "INSERT INTO consensus_provenance(consensus_coding_id, source_coding_id,"
                    + " decision_id) VALUES (?,?,?)")) {
      for (NewDecision d : decisions) {
        documents.add(d.document().value());
        decision.setLong(1, d.document().value());
        decision.setString(2, d.key());
        decision.setString(3, d.kind());
        decision.setString(4, d.outcomeJson());
        decision.setString(5, d.reason());
        decision.setString(6, actor);
        decision.setString(7, now);
        decision.setLong(8, batch);
        decision.executeUpdate();
        long id = Rows.generatedKey(decision);
        for (SourceVersion s : d.sources()) {
          source.setLong(1, id);
          source.setLong(2, s.coding().value());
          source.setLong(3, s.version());
          source.executeUpdate();
        }
        for (ConsensusSpan span : d.consensus()) {
          coding.setLong(1, d.document().value());
          coding.setLong(2, span.code().value());
          coding.setLong(3, consensus.value());
          coding.setInt(4, span.span().start());
          coding.setInt(5, span.span().end());
          coding.setString(6, now);
          coding.setString(7, now);
          coding.executeUpdate();
          long k = Rows.generatedKey(coding);
          created++;
          for (CodingId from : span.sources()) {
            provenance.setLong(1, k);
            provenance.setLong(2, from.value());
            provenance.setLong(3, id);
            provenance.executeUpdate();
          }
        }
      }
    }
    // One entry for the batch: every decision is its own row with its rule as reason and the
    // batch id, and consensus_provenance ties each consensus coding to its decision, so the
    // entry needs only the counts.
    Map<String, Object> view = new java.util.LinkedHashMap<>();
    view.put("rules", rules);
    view.put("decisions", decisions.size());
    view.put("consensusCodings", created);
    view.put("documents", documents.size());
    AuditWriter.record(
        c, actor, "apply-rules", "rule_batch", batch, Optional.empty(), Optional.of(view));
  }

  private static void check(
      NewDecision d,
      Map<Long, Integer> lengths,
      Set<Long> codes,
      Map<Long, long[]> live,
      Set<Long> decided,
      Set<Long> usedHere) {
    Integer length = lengths.get(d.document().value());
    if (length == null) {
      throw new NotFoundException("no document with id " + d.document());
    }
    for (SourceVersion s : d.sources()) {
      long[] row = live.get(s.coding().value());
      if (row == null) {
        throw new ConflictException(
            "coding " + s.coding() + " was deleted meanwhile; reload and decide again");
      }
      if (row[0] != d.document().value()) {
        throw new InvalidInputException(
            "coding " + s.coding() + " belongs to document " + row[0] + ", not " + d.document());
      }
      Journal.checkVersion(UndoableRow.CODING, s.coding().value(), row[1], s.version());
      if (decided.contains(s.coding().value()) || !usedHere.add(s.coding().value())) {
        throw new ConflictException(
            "disagreement "
                + d.key()
                + " was decided meanwhile; preview the rules again and apply");
      }
    }
    for (ConsensusSpan span : d.consensus()) {
      SqliteCodingStore.checkSpan(span.span(), length, d.document());
      if (!codes.contains(span.code().value())) {
        throw new NotFoundException("no code with id " + span.code());
      }
    }
  }

  private Map<Long, Integer> lengths() throws SQLException {
    Map<Long, Integer> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, length FROM documents");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getInt(2));
      }
    }
    return out;
  }

  private Set<Long> liveCodes() throws SQLException {
    Set<Long> out = new HashSet<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT id FROM codes WHERE deleted_at IS NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  /** Live codings among {@code ids}: id → {document, version}. */
  private Map<Long, long[]> liveCodings(Set<Long> ids) throws SQLException {
    Map<Long, long[]> out = new HashMap<>();
    for (String list : chunks(ids)) {
      // the lists hold numbers formatted here, never text from outside
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, document_id, version FROM codings WHERE deleted_at IS NULL"
                      + " AND id IN ("
                      + list
                      + ")");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }
      }
    }
    return out;
  }

  /** Those of {@code ids} that are a source of some current decision. */
  private Set<Long> currentlySourced(Set<Long> ids) throws SQLException {
    Set<Long> out = new HashSet<>();
    for (String list : chunks(ids)) {
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT s.coding_id FROM decision_sources s JOIN decisions d"
                      + " ON d.id = s.decision_id WHERE d.superseded_by IS NULL"
                      + " AND s.coding_id IN ("
                      + list
                      + ")");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static List<String> chunks(Set<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      out.add(
          all.subList(i, Math.min(all.size(), i + CHUNK)).stream()
              .map(String::valueOf)
              .collect(Collectors.joining(",")));
    }
    return out;
  }
}
