package org.verbatim.core.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.verbatim.core.store.SettingStore;

/** Project settings in SQLite's settings table; every change is audited. */
final class SqliteSettingStore implements SettingStore {
  private final SqliteDatabase db;

  SqliteSettingStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Optional<String> get(String key) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public Map<String, String> all() {
    return db.read(
        c -> {
          Map<String, String> out = new TreeMap<>();
          try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM settings");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(rs.getString(1), rs.getString(2));
            }
          }
          return out;
        });
  }

  @Override
  public void put(String key, String value, String actor) {
    db.write(
        c -> {
          Optional<String> before;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              before = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO settings(key, value) VALUES (?,?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
          }
          // settings have no numeric id; the audit entry names the key in its JSON
          AuditWriter.record(
              c,
              actor,
              "set",
              "setting",
              0,
              before.map(v -> Map.<String, Object>of("key", key, "value", v)),
              Optional.of(Map.of("key", key, "value", value)));
          return null;
        });
  }
}
