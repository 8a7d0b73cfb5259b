package org.verbatim.core.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Writes audit entries inside the transaction of the change they record. */
final class AuditWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditWriter() {}

  static void record(
      Connection c,
      String actor,
      String action,
      String entity,
      long entityId,
      Optional<Map<String, ?>> before,
      Optional<Map<String, ?>> after)
      throws SQLException {
    record(c, actor, action, entity, Optional.of(entityId), before, after);
  }

  /** As above, for an entry about many rows (an import), which names no single row. */
  static void record(
      Connection c,
      String actor,
      String action,
      String entity,
      Optional<Long> entityId,
      Optional<Map<String, ?>> before,
      Optional<Map<String, ?>> after)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log(at, actor, action, entity, entity_id, before_json, after_json)"
                + " VALUES (?,?,?,?,?,?,?)")) {
      ps.setString(1, Instant.now().toString());
      ps.setString(2, actor);
      ps.setString(3, action);
      ps.setString(4, entity);
      Rows.setOptionalLong(ps, 5, entityId);
      setJson(ps, 6, before);
      setJson(ps, 7, after);
      ps.executeUpdate();
    }
  }

  private static void setJson(PreparedStatement ps, int index, Optional<Map<String, ?>> value)
      throws SQLException {
    if (value.isEmpty()) {
      ps.setNull(index, Types.VARCHAR);
      return;
    }
    try {
      ps.setString(index, JSON.writeValueAsString(value.get()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit value is not serialisable", e);
    }
  }
}
