package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.QuoteId;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.model.Translation;
import org.verbatim.core.store.QuoteStore;

/** Pinned quotes and their translations in SQLite. */
final class SqliteQuoteStore implements QuoteStore {
  private static final String COLUMNS =
      "q.id, q.theme_id, q.document_id, q.parts, q.position, q.pinned_by, q.pinned_at, q.version,"
          + " (SELECT t.id FROM quote_translations t WHERE t.quote_id = q.id ORDER BY t.id DESC"
          + " LIMIT 1) AS translation_id";

  private final SqliteDatabase db;

  SqliteQuoteStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Quote pin(ThemeId theme, DocumentId document, List<Span> parts, String actor) {
    Quote.requireParts(parts);
    return db.write(
        c -> {
          if (Rows.one(
                  c,
                  "SELECT id FROM themes WHERE id = ? AND deleted_at IS NULL",
                  theme.value(),
                  rs -> 1)
              .isEmpty()) {
            throw new NotFoundException("no theme with id " + theme);
          }
          if (Rows.one(c, "SELECT id FROM documents WHERE id = ?", document.value(), rs -> 1)
              .isEmpty()) {
            throw new NotFoundException("no document with id " + document);
          }
          int position = live(c, theme).size();
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO quotes(theme_id, document_id, parts, position, pinned_by, pinned_at)"
                      + " VALUES (?,?,?,?,?,?)")) {
            ps.setLong(1, theme.value());
            ps.setLong(2, document.value());
            ps.setString(3, format(parts));
            ps.setInt(4, position);
            ps.setString(5, actor);
            ps.setString(6, Rows.now());
            ps.executeUpdate();
            id = Rows.generatedKey(ps);
          }
          AuditWriter.record(
              c,
              actor,
              "pin",
              "quote",
              id,
              Optional.empty(),
              Optional.of(
                  Map.of(
                      "theme", theme.value(),
                      "document", document.value(),
                      "parts", format(parts))));
          return get(c, new QuoteId(id)).orElseThrow();
        });
  }

  @Override
  public List<Quote> list() {
    return db.read(
        c ->
            query(
                c,
                "SELECT "
                    + COLUMNS
                    + " FROM quotes q WHERE q.deleted_at IS NULL ORDER BY q.theme_id, q.position",
                ps -> {}));
  }

  @Override
  public List<Quote> forTheme(ThemeId theme) {
    return db.read(c -> live(c, theme));
  }

  @Override
  public Optional<Quote> get(QuoteId id) {
    return db.read(c -> get(c, id));
  }

  @Override
  public Quote trim(QuoteId id, Optional<Long> expectedVersion, List<Span> parts, String actor) {
    Quote.requireParts(parts);
    return db.write(
        c -> {
          Quote before = liveQuote(c, id, expectedVersion);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE quotes SET parts = ?, version = version + 1 WHERE id = ?")) {
            ps.setString(1, format(parts));
            ps.setLong(2, id.value());
            ps.executeUpdate();
          }
          AuditWriter.record(
              c,
              actor,
              "trim",
              "quote",
              id.value(),
              Optional.of(Map.of("parts", format(before.parts()))),
              Optional.of(Map.of("parts", format(parts))));
          return get(c, id).orElseThrow();
        });
  }

  @Override
  public List<Quote> reorder(ThemeId theme, List<QuoteId> order, String actor) {
    return db.write(
        c -> {
          List<Quote> current = live(c, theme);
          Set<QuoteId> have = new HashSet<>();
          current.forEach(q -> have.add(q.id()));
          if (order.size() != current.size() || !have.equals(new HashSet<>(order))) {
            throw new InvalidInputException(
                "an order must list each of the theme's "
                    + current.size()
                    + " quotes once; got "
                    + order);
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE quotes SET position = ?, version = version + 1 WHERE id = ?")) {
            for (int i = 0; i < order.size(); i++) {
              ps.setInt(1, i);
              ps.setLong(2, order.get(i).value());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          AuditWriter.record(
              c,
              actor,
              "reorder",
              "quotes",
              theme.value(),
              Optional.of(Map.of("order", current.stream().map(q -> q.id().value()).toList())),
              Optional.of(Map.of("order", order.stream().map(QuoteId::value).toList())));
          return live(c, theme);
        });
  }

  @Override
  public Quote translate(QuoteId id, String text, String language, String actor) {
    return db.write(
        c -> {
          liveQuote(c, id, Optional.empty());
          long tid;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO quote_translations(quote_id, text, language, translated_by,"
                      + " translated_at) VALUES (?,?,?,?,?)")) {
            ps.setLong(1, id.value());
            ps.setString(2, text);
            ps.setString(3, language);
            ps.setString(4, actor);
            ps.setString(5, Rows.now());
            ps.executeUpdate();
            tid = Rows.generatedKey(ps);
          }
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE quotes SET version = version + 1 WHERE id = ?")) {
            ps.setLong(1, id.value());
            ps.executeUpdate();
          }
          AuditWriter.record(
              c,
              actor,
              "translate",
              "quote",
              id.value(),
              Optional.empty(),
              Optional.of(Map.of("translation", tid, "language", language, "text", text)));
          return get(c, id).orElseThrow();
        });
  }

  @Override
  public List<Translation> translations(QuoteId id) {
    return db.read(
        c -> {
          List<Translation> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT text, language, translated_by, translated_at FROM quote_translations"
                      + " WHERE quote_id = ? ORDER BY id")) {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(translation(rs));
              }
            }
          }
          return out;
        });
  }

  @Override
  public Quote unpin(QuoteId id, Optional<Long> expectedVersion, String actor) {
    return db.write(
        c -> {
          Quote before = liveQuote(c, id, expectedVersion);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE quotes SET deleted_at = ?, version = version + 1 WHERE id = ?")) {
            ps.setString(1, Rows.now());
            ps.setLong(2, id.value());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE quotes SET position = position - 1 WHERE theme_id = ? AND position > ?"
                      + " AND deleted_at IS NULL")) {
            ps.setLong(1, before.theme().value());
            ps.setInt(2, before.position());
            ps.executeUpdate();
          }
          AuditWriter.record(
              c,
              actor,
              "unpin",
              "quote",
              id.value(),
              Optional.of(Map.of("theme", before.theme().value(), "parts", format(before.parts()))),
              Optional.empty());
          return before;
        });
  }

  private static Quote liveQuote(Connection c, QuoteId id, Optional<Long> expectedVersion)
      throws SQLException {
    Quote q = get(c, id).orElseThrow(() -> new NotFoundException("no quote with id " + id));
    if (expectedVersion.isPresent() && expectedVersion.get() != q.version()) {
      throw new ConflictException(
          "quote "
              + id
              + " was changed by someone else (version "
              + q.version()
              + ", not "
              + expectedVersion.get()
              + "); reload it");
    }
    return q;
  }

  private static Optional<Quote> get(Connection c, QuoteId id) throws SQLException {
    List<Quote> found =
        query(
            c,
            "SELECT " + COLUMNS + " FROM quotes q WHERE q.id = ? AND q.deleted_at IS NULL",
            ps -> ps.setLong(1, id.value()));
    return found.stream().findFirst();
  }

  private static List<Quote> live(Connection c, ThemeId theme) throws SQLException {
    return query(
        c,
        "SELECT "
            + COLUMNS
            + " FROM quotes q WHERE q.theme_id = ? AND q.deleted_at IS NULL ORDER BY q.position, q.id",
        ps -> ps.setLong(1, theme.value()));
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** A quote row before its translation is read. */
  private record Raw(Quote quote, Optional<Long> translation) {}

  private static List<Quote> query(Connection c, String sql, Binder binder) throws SQLException {
    List<Raw> raw = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          raw.add(
              new Raw(
                  new Quote(
                      new QuoteId(rs.getLong("id")),
                      new ThemeId(rs.getLong("theme_id")),
                      new DocumentId(rs.getLong("document_id")),
                      parse(rs.getString("parts")),
                      rs.getInt("position"),
                      Optional.empty(),
                      rs.getString("pinned_by"),
                      Rows.instant(rs, "pinned_at"),
                      rs.getLong("version")),
                  Rows.optionalLong(rs, "translation_id")));
        }
      }
    }
    List<Quote> out = new ArrayList<>(raw.size());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT text, language, translated_by, translated_at FROM quote_translations"
                + " WHERE id = ?")) {
      for (Raw r : raw) {
        Quote q = r.quote();
        if (r.translation().isPresent()) {
          ps.setLong(1, r.translation().get());
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              q =
                  new Quote(
                      q.id(),
                      q.theme(),
                      q.document(),
                      q.parts(),
                      q.position(),
                      Optional.of(translation(rs)),
                      q.pinnedBy(),
                      q.pinnedAt(),
                      q.version());
            }
          }
        }
        out.add(q);
      }
    }
    return out;
  }

  private static Translation translation(ResultSet rs) throws SQLException {
    return new Translation(
        rs.getString("text"),
        rs.getString("language"),
        rs.getString("translated_by"),
        Rows.instant(rs, "translated_at"));
  }

  static String format(List<Span> parts) {
    StringBuilder s = new StringBuilder();
    for (Span p : parts) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(p.start()).append('-').append(p.end());
    }
    return s.toString();
  }

  static List<Span> parse(String parts) {
    List<Span> out = new ArrayList<>();
    for (String part : parts.split(",")) {
      int dash = part.indexOf('-');
      out.add(
          new Span(
              Integer.parseInt(part.substring(0, dash)),
              Integer.parseInt(part.substring(dash + 1))));
    }
    return out;
  }
}
