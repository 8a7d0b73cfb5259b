package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.ConsensusLink;
import org.verbatim.core.model.ConsensusSpan;
import org.verbatim.core.model.DecisionId;
import org.verbatim.core.model.DecisionWrite;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewDecision;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.RuleBatch;
import org.verbatim.core.model.SourceVersion;
import org.verbatim.core.model.StoredDecision;
import org.verbatim.core.store.DecisionStore;

/** Reconciliation decisions, their sources and the consensus codings they write, in SQLite. */
final class SqliteDecisionStore implements DecisionStore {
  private static final String COLUMNS =
      "SELECT d.id, d.document_id, d.key, d.kind, d.outcome_json, d.reason, d.actor, d.at,"
          + " d.superseded_by FROM decisions d";

  private final SqliteDatabase db;
  private final SqliteCoderStore coders;

  SqliteDecisionStore(SqliteDatabase db, SqliteCoderStore coders) {
    this.db = db;
    this.coders = coders;
  }

  @Override
  public DecisionWrite record(NewDecision d, String actor) {
    return db.write(
        c -> {
          int length = SqliteDocumentStore.length(c, d.document());
          for (SourceVersion s : d.sources()) {
            checkSource(c, d.document(), s);
          }
          long id = insertDecision(c, d, actor);
          List<DecisionId> superseded = new ArrayList<>();
          List<Coding> removed = new ArrayList<>();
          for (long old : currentSharingSources(c, d, id)) {
            supersede(c, old, id, actor);
            superseded.add(new DecisionId(old));
            removed.addAll(ConsensusCodings.remove(c, old, actor));
          }
          // a write inside this unit of work joins its transaction
          CoderId consensus = coders.ensure(Coder.CONSENSUS, actor).id();
          List<Coding> created = new ArrayList<>();
          for (ConsensusSpan span : d.consensus()) {
            created.add(
                ConsensusCodings.insert(c, d.document(), length, consensus, span, id, actor));
          }
          StoredDecision stored = decisions(c, " WHERE d.id = ?", id).get(0);
          AuditWriter.record(
              c, actor, "decide", "decision", id, Optional.empty(), Optional.of(auditView(stored)));
          return new DecisionWrite(stored, superseded, created, removed);
        });
  }

  @Override
  public List<DecisionWrite> recordAll(List<NewDecision> decisions, String actor) {
    if (decisions.isEmpty()) {
      return List.of();
    }
    // each record() below joins this unit of work, so all of them commit or none
    return db.write(
        c -> {
          List<DecisionWrite> out = new ArrayList<>();
          for (NewDecision d : decisions) {
            out.add(record(d, actor));
          }
          return out;
        });
  }

  @Override
  public RuleBatch recordBatch(List<NewDecision> decisions, String rules, String actor) {
    // One transaction for the batch. A rule only settles disagreements without any current
    // decision, so there is nothing to supersede; RuleBatchWriter checks the whole batch in a few
    // reads and inserts it through reused statements, without reading anything back.
    return db.write(
        c -> {
          long batch;
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO rule_batches(actor, at, rules) VALUES (?,?,?)")) {
            ps.setString(1, actor);
            ps.setString(2, Rows.now());
            ps.setString(3, rules);
            ps.executeUpdate();
            batch = Rows.generatedKey(ps);
          }
          CoderId consensus = coders.ensure(Coder.CONSENSUS, actor).id();
          new RuleBatchWriter(c, actor).write(batch, rules, decisions, consensus);
          return batch(c, batch);
        });
  }

  @Override
  public RuleBatch undoBatch(long batch, String actor) {
    return db.write(
        c -> {
          RuleBatch before = batch(c, batch);
          if (before.undoneAt().isPresent()) {
            throw new ConflictException("rule batch " + batch + " was undone already");
          }
          List<Long> current = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id FROM decisions WHERE batch_id = ? AND superseded_by IS NULL"
                      + " ORDER BY id")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                current.add(rs.getLong(1));
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE decisions SET superseded_by = id WHERE id = ?")) {
            for (long id : current) {
              ps.setLong(1, id);
              ps.executeUpdate();
              ConsensusCodings.remove(c, id, actor);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE rule_batches SET undone_at = ? WHERE id = ?")) {
            ps.setString(1, Rows.now());
            ps.setLong(2, batch);
            ps.executeUpdate();
          }
          AuditWriter.record(
              c,
              actor,
              "undo-rules",
              "rule_batch",
              batch,
              Optional.empty(),
              Optional.of(Map.of("withdrawn", current.size())));
          return batch(c, batch);
        });
  }

  @Override
  public List<RuleBatch> batches() {
    return db.read(
        c -> {
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT id FROM rule_batches ORDER BY id DESC");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getLong(1));
            }
          }
          List<RuleBatch> out = new ArrayList<>();
          for (long id : ids) {
            out.add(batch(c, id));
          }
          return out;
        });
  }

  private static RuleBatch batch(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT b.id, b.actor, b.at, b.rules, b.undone_at,"
                + " (SELECT COUNT(*) FROM decisions d WHERE d.batch_id = b.id) AS n"
                + " FROM rule_batches b WHERE b.id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("no rule batch with id " + id);
        }
        String undone = rs.getString("undone_at");
        return new RuleBatch(
            rs.getLong("id"),
            rs.getString("actor"),
            Rows.instant(rs, "at"),
            rs.getString("rules"),
            rs.getInt("n"),
            undone == null ? Optional.empty() : Optional.of(Rows.instant(rs, "undone_at")));
      }
    }
  }

  @Override
  public List<StoredDecision> forDocument(DocumentId document) {
    return db.read(c -> decisions(c, " WHERE d.document_id = ?", document.value()));
  }

  @Override
  public List<StoredDecision> current() {
    return db.read(c -> decisions(c, " WHERE d.superseded_by IS NULL", null));
  }

  private static void checkSource(Connection c, DocumentId document, SourceVersion s)
      throws SQLException {
    Coding k =
        SqliteCodingStore.get(c, s.coding())
            .orElseThrow(
                () ->
                    new ConflictException(
                        "coding "
                            + s.coding()
                            + " was deleted meanwhile; reload and decide again"));
    if (!k.document().equals(document)) {
      throw new InvalidInputException(
          "coding " + s.coding() + " belongs to document " + k.document() + ", not " + document);
    }
    Journal.checkVersion(UndoableRow.CODING, s.coding().value(), k.version(), s.version());
  }

  private static long insertDecision(Connection c, NewDecision d, String actor)
      throws SQLException {
    long id;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO decisions(document_id, key, kind, outcome_json, reason, actor, at)"
                + " VALUES (?,?,?,?,?,?,?)")) {
      ps.setLong(1, d.document().value());
      ps.setString(2, d.key());
      ps.setString(3, d.kind());
      ps.setString(4, d.outcomeJson());
      ps.setString(5, d.reason());
      ps.setString(6, actor);
      ps.setString(7, Rows.now());
      ps.executeUpdate();
      id = Rows.generatedKey(ps);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO decision_sources(decision_id, coding_id, version) VALUES (?,?,?)")) {
      for (SourceVersion s : d.sources()) {
        ps.setLong(1, id);
        ps.setLong(2, s.coding().value());
        ps.setLong(3, s.version());
        ps.executeUpdate();
      }
    }
    return id;
  }

  /** Current decisions of the document (other than {@code self}) that share a source coding. */
  private static List<Long> currentSharingSources(Connection c, NewDecision d, long self)
      throws SQLException {
    String marks = d.sources().stream().map(s -> "?").collect(Collectors.joining(","));
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT d.id FROM decisions d JOIN decision_sources s ON s.decision_id = d.id"
                + " WHERE d.document_id = ? AND d.superseded_by IS NULL AND d.id <> ?"
                + " AND s.coding_id IN ("
                + marks
                + ") ORDER BY d.id")) {
      ps.setLong(1, d.document().value());
      ps.setLong(2, self);
      int i = 3;
      for (SourceVersion s : d.sources()) {
        ps.setLong(i++, s.coding().value());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static void supersede(Connection c, long old, long by, String actor) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE decisions SET superseded_by = ? WHERE id = ?")) {
      ps.setLong(1, by);
      ps.setLong(2, old);
      ps.executeUpdate();
    }
    AuditWriter.record(
        c,
        actor,
        "supersede",
        "decision",
        old,
        Optional.empty(),
        Optional.of(Map.of("supersededBy", by)));
  }

  /**
   * The decisions {@code where} selects (a condition on table alias {@code d}, with at most one
   * {@code ?} for {@code value}), oldest first, with their sources and consensus links read in one
   * query each rather than two per decision.
   */
  private static List<StoredDecision> decisions(
      Connection c, String where, @org.jspecify.annotations.Nullable Long value)
      throws SQLException {
    Map<Long, List<SourceVersion>> sources = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT s.decision_id, s.coding_id, s.version FROM decision_sources s"
                + " JOIN decisions d ON d.id = s.decision_id"
                + where
                + " ORDER BY s.decision_id, s.coding_id")) {
      bind(ps, value);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sources
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new SourceVersion(new CodingId(rs.getLong(2)), rs.getLong(3)));
        }
      }
    }
    Map<Long, Map<Long, List<CodingId>>> links = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT p.decision_id, p.consensus_coding_id, p.source_coding_id"
                + " FROM consensus_provenance p JOIN decisions d ON d.id = p.decision_id"
                + where
                + " ORDER BY p.decision_id, p.consensus_coding_id, p.source_coding_id")) {
      bind(ps, value);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          links
              .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
              .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
              .add(new CodingId(rs.getLong(3)));
        }
      }
    }
    List<StoredDecision> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(COLUMNS + where + " ORDER BY d.id")) {
      bind(ps, value);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          out.add(
              new StoredDecision(
                  new DecisionId(id),
                  new DocumentId(rs.getLong("document_id")),
                  rs.getString("key"),
                  rs.getString("kind"),
                  sources.getOrDefault(id, List.of()),
                  rs.getString("outcome_json"),
                  rs.getString("reason"),
                  rs.getString("actor"),
                  Rows.instant(rs, "at"),
                  Rows.optionalLong(rs, "superseded_by").map(DecisionId::new),
                  links.getOrDefault(id, Map.of()).entrySet().stream()
                      .map(e -> new ConsensusLink(new CodingId(e.getKey()), e.getValue()))
                      .toList()));
        }
      }
    }
    return out;
  }

  private static void bind(PreparedStatement ps, @org.jspecify.annotations.Nullable Long value)
      throws SQLException {
    if (value != null) {
      ps.setLong(1, value);
    }
  }

  private static Map<String, Object> auditView(StoredDecision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("document", d.document().value());
    m.put("key", d.key());
    m.put("kind", d.kind());
    m.put("outcome", d.outcomeJson());
    m.put("reason", d.reason());
    m.put(
        "sources", d.sources().stream().map(s -> s.coding().value() + "@" + s.version()).toList());
    m.put("consensus", d.consensus().stream().map(l -> l.coding().value()).toList());
    return m;
  }
}
