package org.verbatim.core.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.store.AnnotationStore;

/** Cached annotation blobs in SQLite's annotations table. */
final class SqliteAnnotationStore implements AnnotationStore {
  private final SqliteDatabase db;

  SqliteAnnotationStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Optional<byte[]> get(DocumentId document, String version, String sha256) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT tokens FROM annotations WHERE document_id = ? AND version = ? AND sha256 = ?")) {
            ps.setLong(1, document.value());
            ps.setString(2, version);
            ps.setString(3, sha256);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void put(DocumentId document, String version, String sha256, byte[] blob) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO annotations(document_id, version, sha256, tokens) VALUES (?,?,?,?)"
                      + " ON CONFLICT(document_id, version) DO UPDATE SET sha256 = excluded.sha256,"
                      + " tokens = excluded.tokens")) {
            ps.setLong(1, document.value());
            ps.setString(2, version);
            ps.setString(3, sha256);
            ps.setBytes(4, blob);
            ps.executeUpdate();
          }
          return null;
        });
  }
}
