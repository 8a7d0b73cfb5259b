package org.verbatim.core.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.store.InterchangeStore;

/** REFI-QDA GUIDs in the interchange tables. */
final class SqliteInterchangeStore implements InterchangeStore {
  private final SqliteDatabase db;

  SqliteInterchangeStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Map<Long, String> guids(String kind) {
    return db.read(
        c -> {
          Map<Long, String> out = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT local_id, guid FROM interchange_guids WHERE kind = ?")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
              }
            }
          }
          return out;
        });
  }

  @Override
  public Optional<Long> localId(String kind, String guid) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT local_id FROM interchange_guids WHERE kind = ? AND guid = ?")) {
            ps.setString(1, kind);
            ps.setString(2, guid);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void record(String kind, Map<Long, String> guids) {
    if (guids.isEmpty()) {
      return;
    }
    db.write(
        c -> {
          try (PreparedStatement find =
                  c.prepareStatement(
                      "SELECT local_id FROM interchange_guids WHERE kind = ? AND guid = ?");
              PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO interchange_guids(kind, local_id, guid) VALUES (?,?,?)"
                          + " ON CONFLICT(kind, local_id) DO NOTHING")) {
            for (Map.Entry<Long, String> e : guids.entrySet()) {
              find.setString(1, kind);
              find.setString(2, e.getValue());
              try (ResultSet rs = find.executeQuery()) {
                if (rs.next() && rs.getLong(1) != e.getKey()) {
                  throw new ConflictException(
                      "GUID " + e.getValue() + " already belongs to another " + kind);
                }
              }
              insert.setString(1, kind);
              insert.setLong(2, e.getKey());
              insert.setString(3, e.getValue());
              insert.addBatch();
            }
            insert.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<KeptUser> keptUsers() {
    return db.read(
        c -> {
          List<KeptUser> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT guid, name FROM interchange_users ORDER BY name, guid");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(new KeptUser(rs.getString(1), rs.getString(2)));
            }
          }
          return out;
        });
  }

  @Override
  public void keepUsers(List<KeptUser> users) {
    if (users.isEmpty()) {
      return;
    }
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO interchange_users(guid, name) VALUES (?,?)"
                      + " ON CONFLICT(guid) DO NOTHING")) {
            for (KeptUser u : users) {
              ps.setString(1, u.guid());
              ps.setString(2, u.name());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }
}
