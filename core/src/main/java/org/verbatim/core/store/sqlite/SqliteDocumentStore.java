package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantId;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.store.DocumentStore;

/** Documents, turns and sentences in SQLite. */
final class SqliteDocumentStore implements DocumentStore {
  // only columns of the covering index documents_summary and the stored turn count (V010): the
  // listing then never walks a document's text (a join instead of the scalar subquery makes
  // SQLite leave the covering index)
  static final String SUMMARY_COLUMNS =
      "SELECT d.id, d.name, d.language, d.source_format, d.sha256, d.length, d.words,"
          + " (SELECT n.turns FROM document_turns n WHERE n.document_id = d.id) AS turn_count,"
          + " d.participant_id, d.imported_at FROM documents d";

  /** The listing query, in name order. */
  static final String LISTING = SUMMARY_COLUMNS + " ORDER BY d.name";

  private final SqliteDatabase db;
  private final SqliteParticipantStore participants;

  SqliteDocumentStore(SqliteDatabase db, SqliteParticipantStore participants) {
    this.db = db;
    this.participants = participants;
  }

  /** The SHA-256 of a document's normalised text, lower-case hex. */
  static String sha256(String text) {
    return DocumentContent.sha256(text);
  }

  @Override
  public DocumentSummary add(DocumentContent content, String actor) {
    String sha = sha256(content.text());
    return db.write(
        c -> {
          Optional<DocumentSummary> same = bySha256(c, sha);
          if (same.isPresent()) {
            throw new ConflictException(
                "the same text was already imported as document '" + same.get().name() + "'");
          }
          if (summary(c, "WHERE d.name = ?", content.name()).isPresent()) {
            throw new ConflictException("a document named '" + content.name() + "' exists already");
          }
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO documents(name, language, source_format, text, sha256, length, words, imported_at)"
                      + " VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, content.name());
            ps.setString(2, content.language().code());
            ps.setString(3, content.format().extension());
            ps.setString(4, content.text());
            ps.setString(5, sha);
            ps.setInt(6, content.text().length());
            ps.setInt(7, WordCounter.count(content.text()));
            ps.setString(8, Rows.now());
            ps.executeUpdate();
            id = Rows.generatedKey(ps);
          }
          insertTurns(c, id, content.turns());
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO document_turns(document_id, turns) VALUES (?,?)")) {
            ps.setLong(1, id);
            ps.setInt(2, content.turns().size());
            ps.executeUpdate();
          }
          insertSentences(c, id, content.sentences());
          AuditWriter.record(
              c,
              actor,
              "import",
              "document",
              id,
              Optional.empty(),
              Optional.of(
                  Map.of(
                      "name",
                      content.name(),
                      "sha256",
                      sha,
                      "format",
                      content.format().extension())));
          return summary(c, "WHERE d.id = ?", id).orElseThrow();
        });
  }

  private static void insertTurns(Connection c, long id, List<Turn> turns) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO turns(document_id, ord, speaker, start, \"end\", start_ms, end_ms) VALUES (?,?,?,?,?,?,?)")) {
      for (Turn t : turns) {
        ps.setLong(1, id);
        ps.setInt(2, t.index());
        ps.setString(3, t.speaker().orElse(null));
        ps.setInt(4, t.span().start());
        ps.setInt(5, t.span().end());
        Rows.setOptionalLong(ps, 6, t.startMillis());
        Rows.setOptionalLong(ps, 7, t.endMillis());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertSentences(Connection c, long id, List<Sentence> sentences)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sentences(document_id, ord, start, \"end\") VALUES (?,?,?,?)")) {
      for (Sentence s : sentences) {
        ps.setLong(1, id);
        ps.setInt(2, s.index());
        ps.setInt(3, s.span().start());
        ps.setInt(4, s.span().end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * The stored text's length in UTF-16 units, read on an open connection.
   *
   * @throws NotFoundException if there is no such document
   */
  static int length(Connection c, DocumentId document) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT length FROM documents WHERE id = ?")) {
      ps.setLong(1, document.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("no document with id " + document);
        }
        return rs.getInt(1);
      }
    }
  }

  @Override
  public List<DocumentSummary> list() {
    return db.read(
        c -> {
          List<DocumentSummary> out = new ArrayList<>();
          // participants joined from one read, not two queries per document
          Map<Long, Participant> participants = SqliteParticipantStore.all(c);
          try (PreparedStatement ps = c.prepareStatement(LISTING);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Optional<Long> p = Rows.optionalLong(rs, "participant_id");
              out.add(toSummary(rs, p.map(participants::get)));
            }
          }
          return out;
        });
  }

  @Override
  public Optional<Document> get(DocumentId id) {
    return db.read(c -> document(c, "WHERE d.id = ?", id.value()));
  }

  @Override
  public Optional<DocumentSummary> summary(DocumentId id) {
    return db.read(c -> summary(c, "WHERE d.id = ?", id.value()));
  }

  @Override
  public Optional<String> text(DocumentId id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  @Override
  public Optional<Document> byName(String name) {
    return db.read(c -> document(c, "WHERE d.name = ?", name));
  }

  @Override
  public Optional<DocumentSummary> bySha256(String sha256) {
    return db.read(c -> bySha256(c, sha256));
  }

  private Optional<DocumentSummary> bySha256(Connection c, String sha) throws SQLException {
    return summary(c, "WHERE d.sha256 = ?", sha);
  }

  private Optional<Document> document(Connection c, String where, Object key) throws SQLException {
    Optional<DocumentSummary> summary = summary(c, where, key);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    long id = summary.get().id().value();
    String text;
    try (PreparedStatement ps = c.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        text = rs.getString(1);
      }
    }
    return Optional.of(new Document(summary.get(), text, turns(c, id), sentences(c, id)));
  }

  private Optional<DocumentSummary> summary(Connection c, String where, Object key)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SUMMARY_COLUMNS + " " + where)) {
      ps.setObject(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(toSummary(c, rs)) : Optional.empty();
      }
    }
  }

  private DocumentSummary toSummary(Connection c, ResultSet rs) throws SQLException {
    Optional<Long> participant = Rows.optionalLong(rs, "participant_id");
    return toSummary(
        rs,
        participant.isPresent()
            ? participants.get(c, new ParticipantId(participant.get()))
            : Optional.empty());
  }

  private static DocumentSummary toSummary(ResultSet rs, Optional<Participant> participant)
      throws SQLException {
    return new DocumentSummary(
        new DocumentId(rs.getLong("id")),
        rs.getString("name"),
        Language.parse(rs.getString("language")),
        SourceFormat.ofFileName("x." + rs.getString("source_format")).orElseThrow(),
        rs.getString("sha256"),
        rs.getInt("length"),
        rs.getInt("words"),
        rs.getInt("turn_count"),
        participant,
        Rows.instant(rs, "imported_at"));
  }

  private static List<Turn> turns(Connection c, long id) throws SQLException {
    List<Turn> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT ord, speaker, start, \"end\", start_ms, end_ms FROM turns WHERE document_id = ? ORDER BY ord")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Turn(
                  rs.getInt("ord"),
                  Rows.optionalString(rs, "speaker"),
                  new Span(rs.getInt("start"), rs.getInt("end")),
                  Rows.optionalLong(rs, "start_ms"),
                  Rows.optionalLong(rs, "end_ms")));
        }
      }
    }
    return out;
  }

  private static List<Sentence> sentences(Connection c, long id) throws SQLException {
    List<Sentence> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT ord, start, \"end\" FROM sentences WHERE document_id = ? ORDER BY ord")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Sentence(rs.getInt("ord"), new Span(rs.getInt("start"), rs.getInt("end"))));
        }
      }
    }
    return out;
  }

  @Override
  public void markIndexed(Collection<DocumentId> documents) {
    if (documents.isEmpty()) {
      return;
    }
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO indexed_documents(document_id, indexed_at)"
                      + " SELECT id, ? FROM documents WHERE id = ?")) {
            String now = Rows.now();
            for (DocumentId d : documents) {
              ps.setString(1, now);
              ps.setLong(2, d.value());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void markNotIndexed(Collection<DocumentId> documents) {
    if (documents.isEmpty()) {
      return;
    }
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM indexed_documents WHERE document_id = ?")) {
            for (DocumentId d : documents) {
              ps.setLong(1, d.value());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<DocumentId> notIndexed() {
    return db.read(
        c -> {
          List<DocumentId> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT d.id FROM documents d"
                          + " WHERE NOT EXISTS (SELECT 1 FROM indexed_documents i WHERE i.document_id = d.id)"
                          + " ORDER BY d.id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(new DocumentId(rs.getLong(1)));
            }
          }
          return out;
        });
  }
}
