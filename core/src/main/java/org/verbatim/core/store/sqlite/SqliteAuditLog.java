package org.verbatim.core.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.model.AuditEntry;
import org.verbatim.core.store.AuditLog;

/** Reads the audit log from SQLite. */
final class SqliteAuditLog implements AuditLog {
  private final SqliteDatabase db;

  SqliteAuditLog(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public List<AuditEntry> list(long afterId, int limit) {
    return db.read(
        c -> {
          List<AuditEntry> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log"
                      + " WHERE id > ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new AuditEntry(
                        rs.getLong("id"),
                        Rows.instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity"),
                        Rows.optionalLong(rs, "entity_id"),
                        Rows.optionalString(rs, "before_json"),
                        Rows.optionalString(rs, "after_json")));
              }
            }
          }
          return out;
        });
  }
}
