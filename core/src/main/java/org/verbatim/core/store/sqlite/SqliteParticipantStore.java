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
import java.util.TreeMap;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantId;
import org.verbatim.core.model.ParticipantRow;
import org.verbatim.core.store.ParticipantStore;

/** Participants and their attributes in SQLite. */
final class SqliteParticipantStore implements ParticipantStore {
  private final SqliteDatabase db;

  SqliteParticipantStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public List<Participant> attach(List<ParticipantRow> rows, String actor) {
    return db.write(
        c -> {
          Map<String, Participant> byLabel = new LinkedHashMap<>();
          Map<String, Long> documentIds = documentIds(c);
          for (ParticipantRow row : rows) {
            long documentId = documentId(documentIds, row);
            Participant p = upsert(c, row);
            try (PreparedStatement ps =
                c.prepareStatement("UPDATE documents SET participant_id = ? WHERE id = ?")) {
              ps.setLong(1, p.id().value());
              ps.setLong(2, documentId);
              ps.executeUpdate();
            }
            AuditWriter.record(
                c,
                actor,
                "attach-participant",
                "document",
                documentId,
                Optional.empty(),
                Optional.of(Map.of("label", p.label(), "attributes", p.attributes())));
            byLabel.put(p.label(), p);
          }
          return List.copyOf(byLabel.values());
        });
  }

  /**
   * Every document's id by name, read once: documents.name has no index and the rows hold whole
   * texts, so a lookup per row would scan them all once per participant.
   */
  private static Map<String, Long> documentIds(Connection c) throws SQLException {
    Map<String, Long> ids = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM documents ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.putIfAbsent(rs.getString(2), rs.getLong(1));
      }
    }
    return ids;
  }

  private static long documentId(Map<String, Long> ids, ParticipantRow row) {
    Long id = ids.get(row.document());
    if (id == null) {
      throw new NotFoundException(
          row.origin() + ": no document named '" + row.document() + "' in the project");
    }
    return id;
  }

  private Participant upsert(Connection c, ParticipantRow row) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO participants(label) VALUES (?) ON CONFLICT(label) DO NOTHING")) {
      ps.setString(1, row.label());
      ps.executeUpdate();
    }
    long id;
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM participants WHERE label = ?")) {
      ps.setString(1, row.label());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO participant_attributes(participant_id, name, value) VALUES (?,?,?)"
                + " ON CONFLICT(participant_id, name) DO UPDATE SET value = excluded.value")) {
      for (Map.Entry<String, String> a : row.attributes().entrySet()) {
        ps.setLong(1, id);
        ps.setString(2, a.getKey());
        ps.setString(3, a.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return get(c, new ParticipantId(id)).orElseThrow();
  }

  @Override
  public List<Participant> list() {
    return db.read(
        c -> {
          List<Participant> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT id FROM participants ORDER BY label");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(get(c, new ParticipantId(rs.getLong(1))).orElseThrow());
            }
          }
          return out;
        });
  }

  @Override
  public Map<DocumentId, Participant> byDocument() {
    return db.read(
        c -> {
          Map<Long, Participant> participants = all(c);
          Map<DocumentId, Participant> out = new java.util.HashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT id, participant_id FROM documents WHERE participant_id IS NOT NULL");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Participant pt = participants.get(rs.getLong(2));
              if (pt != null) {
                out.put(new DocumentId(rs.getLong(1)), pt);
              }
            }
          }
          return out;
        });
  }

  /**
   * Every participant by id with their attributes, read in two queries on an open connection (what
   * a document listing joins, instead of two queries per document).
   */
  static Map<Long, Participant> all(Connection c) throws SQLException {
    Map<Long, String> labels = new java.util.HashMap<>();
    Map<Long, Map<String, String>> attributes = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, label FROM participants");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        labels.put(rs.getLong(1), rs.getString(2));
        attributes.put(rs.getLong(1), new TreeMap<>());
      }
    }
    try (PreparedStatement ps =
            c.prepareStatement("SELECT participant_id, name, value FROM participant_attributes");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Map<String, String> a = attributes.get(rs.getLong(1));
        if (a != null) {
          a.put(rs.getString(2), rs.getString(3));
        }
      }
    }
    Map<Long, Participant> participants = new java.util.HashMap<>();
    labels.forEach(
        (id, label) ->
            participants.put(
                id, new Participant(new ParticipantId(id), label, attributes.get(id))));
    return participants;
  }

  @Override
  public Optional<Participant> forDocument(DocumentId document) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT participant_id FROM documents WHERE id = ?")) {
            ps.setLong(1, document.value());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              Optional<Long> id = Rows.optionalLong(rs, "participant_id");
              return id.isPresent() ? get(c, new ParticipantId(id.get())) : Optional.empty();
            }
          }
        });
  }

  /** A participant read on an open connection (for other stores' joins). */
  Optional<Participant> get(Connection c, ParticipantId id) throws SQLException {
    String label;
    try (PreparedStatement ps = c.prepareStatement("SELECT label FROM participants WHERE id = ?")) {
      ps.setLong(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        label = rs.getString(1);
      }
    }
    Map<String, String> attributes = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, value FROM participant_attributes WHERE participant_id = ?")) {
      ps.setLong(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          attributes.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return Optional.of(new Participant(id, label, attributes));
  }
}
