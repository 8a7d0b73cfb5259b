package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingEdit;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Span;
import org.verbatim.core.store.CodingStore;

/** Codings in SQLite. */
final class SqliteCodingStore implements CodingStore {
  private static final String COLUMNS =
      "SELECT id, document_id, code_id, coder_id, start, \"end\", memo, created_at, updated_at, version FROM codings";

  private static final int IMPORT_BATCH = 1000;

  private final SqliteDatabase db;
  private final CodingMutations mutations;

  SqliteCodingStore(SqliteDatabase db) {
    this.db = db;
    this.mutations = new CodingMutations(db);
  }

  @Override
  public List<Coding> addAll(List<NewCoding> codings, String actor) {
    if (codings.isEmpty()) {
      return List.of();
    }
    return db.write(
        c -> {
          List<Coding> out = new ArrayList<>();
          String now = Rows.now();
          // one undoable action however many codings ("code all results" undoes at once)
          Journal journal =
              Journal.begin(
                  c,
                  actor,
                  codings.size() == 1 ? "add coding" : "add " + codings.size() + " codings");
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO codings(document_id, code_id, coder_id, start, \"end\", memo, created_at, updated_at)"
                      + " VALUES (?,?,?,?,?,?,?,?)")) {
            for (NewCoding n : codings) {
              ps.setLong(1, n.document().value());
              ps.setLong(2, n.code().value());
              ps.setLong(3, n.coder().value());
              ps.setInt(4, n.span().start());
              ps.setInt(5, n.span().end());
              ps.setString(6, n.memo());
              ps.setString(7, now);
              ps.setString(8, now);
              ps.executeUpdate();
              Coding created = get(c, new CodingId(Rows.generatedKey(ps))).orElseThrow();
              journal.created(UndoableRow.CODING, created.id().value());
              AuditWriter.record(
                  c,
                  actor,
                  "create",
                  "coding",
                  created.id().value(),
                  Optional.empty(),
                  Optional.of(auditView(created)));
              out.add(created);
            }
          }
          return out;
        });
  }

  @Override
  public List<Coding> importAll(List<NewCoding> codings, String actor, String source) {
    if (codings.isEmpty()) {
      return List.of();
    }
    return db.write(
        c -> {
          List<Coding> out = new ArrayList<>(codings.size());
          String now = Rows.now();
          Instant at = Instant.parse(now);
          // ids given here rather than read back row by row: the write is the only writer
          long first = nextId(c);
          long id = first;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO codings(id, document_id, code_id, coder_id, start, \"end\", memo, created_at, updated_at)"
                      + " VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (NewCoding n : codings) {
              ps.setLong(1, id);
              ps.setLong(2, n.document().value());
              ps.setLong(3, n.code().value());
              ps.setLong(4, n.coder().value());
              ps.setInt(5, n.span().start());
              ps.setInt(6, n.span().end());
              ps.setString(7, n.memo());
              ps.setString(8, now);
              ps.setString(9, now);
              ps.addBatch();
              if (out.size() % IMPORT_BATCH == IMPORT_BATCH - 1) {
                ps.executeBatch();
              }
              out.add(
                  new Coding(
                      new CodingId(id),
                      n.document(),
                      n.code(),
                      n.coder(),
                      n.span(),
                      n.memo(),
                      at,
                      at,
                      1));
              id++;
            }
            ps.executeBatch();
          }
          AuditWriter.record(
              c,
              actor,
              "import",
              "codings",
              Optional.empty(),
              Optional.empty(),
              Optional.of(
                  Map.of(
                      "source",
                      source,
                      "codings",
                      codings.size(),
                      "first_id",
                      first,
                      "last_id",
                      id - 1)));
          return out;
        });
  }

  private static long nextId(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM codings");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static Map<String, Object> auditView(Coding coding) {
    return Map.of(
        "document", coding.document().value(),
        "code", coding.code().value(),
        "coder", coding.coder().value(),
        "start", coding.span().start(),
        "end", coding.span().end(),
        "memo", coding.memo(),
        "version", coding.version());
  }

  static void checkSpan(Span span, int length, DocumentId document) {
    if (span.start() >= span.end() || span.end() > length) {
      throw new InvalidInputException(
          "coding range ["
              + span.start()
              + ", "
              + span.end()
              + ") must satisfy 0 <= start < end <= "
              + length
              + " (length of document "
              + document
              + ")");
    }
  }

  @Override
  public List<Coding> forDocument(DocumentId document, Optional<CoderId> coder) {
    return db.read(
        c ->
            query(
                c,
                " WHERE deleted_at IS NULL AND document_id = ?"
                    + (coder.isPresent() ? " AND coder_id = ?" : "")
                    + " ORDER BY start, \"end\", id",
                document.value(),
                coder.map(CoderId::value)));
  }

  @Override
  public List<Coding> all(Optional<CoderId> coder) {
    return db.read(
        c ->
            query(
                c,
                " WHERE deleted_at IS NULL"
                    + (coder.isPresent() ? " AND coder_id = ?" : "")
                    + " ORDER BY document_id, start, \"end\", id",
                null,
                coder.map(CoderId::value)));
  }

  @Override
  public List<Coding> forCodes(Collection<CodeId> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    String ids =
        codes.stream()
            .map(k -> Long.toString(k.value()))
            .distinct()
            .collect(java.util.stream.Collectors.joining(","));
    // ids are numbers formatted here, never text from outside, so joining them is safe
    return db.read(
        c ->
            query(
                c,
                " WHERE deleted_at IS NULL AND code_id IN ("
                    + ids
                    + ") ORDER BY document_id, start, \"end\", id",
                null,
                Optional.empty()));
  }

  @Override
  public List<CodedSpan> spans(Collection<CoderId> coders) {
    return spans(" AND +coder_id IN (" + ids(coders, CoderId::value) + ")", coders.isEmpty());
  }

  @Override
  public List<CodedSpan> spans(Collection<CoderId> coders, Collection<CodeId> codes) {
    return spans(
        " AND +coder_id IN ("
            + ids(coders, CoderId::value)
            + ") AND code_id IN ("
            + ids(codes, CodeId::value)
            + ")",
        coders.isEmpty() || codes.isEmpty());
  }

  @Override
  public Map<DocumentId, Integer> countsByDocument(
      Collection<CoderId> coders, Collection<CodeId> codes) {
    if (coders.isEmpty() || codes.isEmpty()) {
      return Map.of();
    }
    // answered from the partial covering index codings_code_spans (V011), never the rows; named,
    // because without statistics SQLite takes the coder index for several codes (a code with its
    // subcodes: 300 ms instead of 15 ms at 1,000 transcripts), and grouped in the index's order
    // (code, then document) so that no temporary tree is built; the codes are summed here
    String sql =
        "SELECT document_id, COUNT(*) FROM codings INDEXED BY codings_code_spans"
            + " WHERE deleted_at IS NULL AND code_id IN ("
            + ids(codes, CodeId::value)
            + ") AND coder_id IN ("
            + ids(coders, CoderId::value)
            + ") GROUP BY code_id, document_id";
    return db.read(
        c -> {
          Map<DocumentId, Integer> out = new java.util.HashMap<>();
          try (PreparedStatement ps = c.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.merge(new DocumentId(rs.getLong(1)), rs.getInt(2), Integer::sum);
            }
          }
          return out;
        });
  }

  @Override
  public List<CodedSpan> spansIn(
      Collection<CoderId> coders, Collection<CodeId> codes, Collection<DocumentId> documents) {
    return spans(
        " AND coder_id IN ("
            + ids(coders, CoderId::value)
            + ") AND code_id IN ("
            + ids(codes, CodeId::value)
            + ") AND document_id IN ("
            + ids(documents, DocumentId::value)
            + ")",
        coders.isEmpty() || codes.isEmpty() || documents.isEmpty());
  }

  /**
   * Reads span rows only: six integers a row, no memo and no timestamps to parse, which is what
   * makes a 300,000-coding layer cheap to read. The unary {@code +} keeps SQLite off the coder
   * index: scanning by document (or by code) yields rows nearly in the order wanted.
   */
  private List<CodedSpan> spans(String where, boolean none) {
    if (none) {
      return List.of();
    }
    return db.read(
        c -> {
          List<CodedSpan> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT id, document_id, code_id, coder_id, start, \"end\" FROM codings"
                          + " WHERE deleted_at IS NULL"
                          + where
                          + " ORDER BY document_id, start, \"end\", id");
              ResultSet rs = ps.executeQuery()) {
            // ids are cached per document and code: a layer has few of each, and sharing them
            // saves most of the allocation of a large read
            DocumentId document = null;
            Map<Long, CodeId> codes = new java.util.HashMap<>();
            Map<Long, CoderId> coders = new java.util.HashMap<>();
            while (rs.next()) {
              long d = rs.getLong(2);
              if (document == null || document.value() != d) {
                document = new DocumentId(d);
              }
              out.add(
                  new CodedSpan(
                      new CodingId(rs.getLong(1)),
                      document,
                      codes.computeIfAbsent(rs.getLong(3), CodeId::new),
                      coders.computeIfAbsent(rs.getLong(4), CoderId::new),
                      new Span(rs.getInt(5), rs.getInt(6))));
            }
          }
          return out;
        });
  }

  /** Numbers formatted here, never text from outside, so joining them into SQL is safe. */
  private static <T> String ids(Collection<T> ids, java.util.function.ToLongFunction<T> value) {
    return ids.stream()
        .mapToLong(value)
        .distinct()
        .mapToObj(Long::toString)
        .collect(java.util.stream.Collectors.joining(","));
  }

  @Override
  public Map<CodingId, String> memos(Collection<CodingId> codings) {
    if (codings.isEmpty()) {
      return Map.of();
    }
    return memos(
        "SELECT id, memo FROM codings WHERE memo <> '' AND id IN ("
            + ids(codings, CodingId::value)
            + ")",
        null);
  }

  @Override
  public Map<CodingId, String> memos(DocumentId document) {
    return memos(
        "SELECT id, memo FROM codings WHERE document_id = ? AND deleted_at IS NULL AND memo <> ''",
        document.value());
  }

  private Map<CodingId, String> memos(String sql, @org.jspecify.annotations.Nullable Long key) {
    return db.read(
        c -> {
          Map<CodingId, String> out = new java.util.HashMap<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (key != null) {
              ps.setLong(1, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(new CodingId(rs.getLong(1)), rs.getString(2));
              }
            }
          }
          return out;
        });
  }

  @Override
  public boolean hasLive(CoderId coder) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM codings WHERE coder_id = ? AND deleted_at IS NULL LIMIT 1")) {
            ps.setLong(1, coder.value());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  private static List<Coding> query(
      Connection c,
      String where,
      @org.jspecify.annotations.Nullable Long first,
      Optional<Long> second)
      throws SQLException {
    List<Coding> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(COLUMNS + where)) {
      int i = 1;
      if (first != null) {
        ps.setLong(i++, first);
      }
      if (second.isPresent()) {
        ps.setLong(i, second.get());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(toCoding(rs));
        }
      }
    }
    return out;
  }

  @Override
  public List<Coding> forStudy() {
    return db.read(StudyCodings::read);
  }

  @Override
  public Optional<Coding> get(CodingId id) {
    return db.read(c -> get(c, id));
  }

  static Optional<Coding> get(Connection c, CodingId id) throws SQLException {
    return Rows.one(
        c,
        COLUMNS + " WHERE id = ? AND deleted_at IS NULL",
        id.value(),
        SqliteCodingStore::toCoding);
  }

  /** The coding's current row, deleted or not. */
  static Coding anyState(Connection c, CodingId id) throws SQLException {
    return Rows.one(c, COLUMNS + " WHERE id = ?", id.value(), SqliteCodingStore::toCoding)
        .orElseThrow(() -> new NotFoundException("no coding with id " + id));
  }

  @Override
  public Coding edit(CodingId id, long expectedVersion, CodingEdit edit, String actor) {
    return mutations.edit(id, expectedVersion, edit, actor);
  }

  @Override
  public Coding delete(CodingId id, long expectedVersion, String actor) {
    return mutations.delete(id, expectedVersion, actor);
  }

  private static Coding toCoding(ResultSet rs) throws SQLException {
    return new Coding(
        new CodingId(rs.getLong("id")),
        new DocumentId(rs.getLong("document_id")),
        new CodeId(rs.getLong("code_id")),
        new CoderId(rs.getLong("coder_id")),
        new Span(rs.getInt("start"), rs.getInt("end")),
        rs.getString("memo"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
