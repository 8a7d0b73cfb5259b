package org.verbatim.core.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.LoginSession;
import org.verbatim.core.store.SessionStore;

/** Login sessions in SQLite (not audited: they change no research data). */
final class SqliteSessionStore implements SessionStore {
  private final SqliteDatabase db;

  SqliteSessionStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public void create(LoginSession s) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO login_sessions(token_hash, account_id, csrf_token, created_ms, expires_ms)"
                      + " VALUES (?,?,?,?,?)")) {
            ps.setString(1, s.tokenHash());
            ps.setLong(2, s.account().value());
            ps.setString(3, s.csrfToken());
            ps.setLong(4, s.createdAt().toEpochMilli());
            ps.setLong(5, s.expiresAt().toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<LoginSession> find(String tokenHash) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT account_id, csrf_token, created_ms, expires_ms FROM login_sessions WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new LoginSession(
                          tokenHash,
                          new AccountId(rs.getLong(1)),
                          rs.getString(2),
                          Instant.ofEpochMilli(rs.getLong(3)),
                          Instant.ofEpochMilli(rs.getLong(4))))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public void delete(String tokenHash) {
    update("DELETE FROM login_sessions WHERE token_hash = ?", tokenHash);
  }

  @Override
  public void deleteForAccount(AccountId account) {
    update("DELETE FROM login_sessions WHERE account_id = ?", account.value());
  }

  @Override
  public int deleteExpired(Instant now) {
    return update("DELETE FROM login_sessions WHERE expires_ms < ?", now.toEpochMilli());
  }

  private int update(String sql, Object arg) {
    return db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            return ps.executeUpdate();
          }
        });
  }
}
