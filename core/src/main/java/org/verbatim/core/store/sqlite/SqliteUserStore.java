package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountChange;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Role;
import org.verbatim.core.store.UserStore;

/** Accounts in SQLite. The audit log records role and state changes, never password hashes. */
final class SqliteUserStore implements UserStore {
  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");
  private static final String COLUMNS =
      "SELECT id, username, role, password_hash, disabled, created_at, version FROM accounts";

  private final SqliteDatabase db;

  SqliteUserStore(SqliteDatabase db) {
    this.db = db;
  }

  /** Checks a username: 1–64 letters, digits, '.', '_' or '-', and not a reserved coder name. */
  static String checkUsername(String username) {
    String u = username.strip();
    if (!USERNAME.matcher(u).matches()) {
      throw new InvalidInputException(
          "username '" + username + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
    }
    if (u.toLowerCase(Locale.ROOT).equals(Coder.CONSENSUS)) {
      throw new InvalidInputException("username '" + u + "' is reserved for the consensus layer");
    }
    return u;
  }

  @Override
  public Account create(String username, Role role, String passwordHash, String actor) {
    String name = checkUsername(username);
    return db.write(
        c -> {
          if (byName(c, name).isPresent()) {
            throw new ConflictException("a user named '" + name + "' exists already");
          }
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO accounts(username, role, password_hash, created_at) VALUES (?,?,?,?)")) {
            ps.setString(1, name);
            ps.setString(2, role.code());
            ps.setString(3, passwordHash);
            ps.setString(4, Rows.now());
            ps.executeUpdate();
            id = Rows.generatedKey(ps);
          }
          Account created = get(c, new AccountId(id)).orElseThrow();
          AuditWriter.record(
              c, actor, "create", "account", id, Optional.empty(), Optional.of(auditView(created)));
          return created;
        });
  }

  private static Map<String, Object> auditView(Account a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", a.username());
    m.put("role", a.role().code());
    m.put("disabled", a.disabled());
    m.put("version", a.version());
    return m;
  }

  @Override
  public Optional<Account> byName(String username) {
    return db.read(c -> byName(c, username.strip()));
  }

  private static Optional<Account> byName(Connection c, String username) throws SQLException {
    return one(c, " WHERE username = ?", username);
  }

  @Override
  public Optional<Account> get(AccountId id) {
    return db.read(c -> get(c, id));
  }

  private static Optional<Account> get(Connection c, AccountId id) throws SQLException {
    return one(c, " WHERE id = ?", id.value());
  }

  @Override
  public List<Account> list() {
    return db.read(
        c -> {
          List<Account> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(COLUMNS + " ORDER BY username");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(toAccount(rs));
            }
          }
          return out;
        });
  }

  @Override
  public Account update(AccountId id, long expectedVersion, AccountChange change, String actor) {
    return db.write(
        c -> {
          Account before =
              get(c, id).orElseThrow(() -> new NotFoundException("no user with id " + id));
          if (before.version() != expectedVersion) {
            throw new ConflictException(
                "user '"
                    + before.username()
                    + "' was changed meanwhile (it is at version "
                    + before.version()
                    + ", the change was based on version "
                    + expectedVersion
                    + "); reload and try again");
          }
          Role role = change.role().orElse(before.role());
          boolean disabled = change.disabled().orElse(before.disabled());
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE accounts SET role = ?, password_hash = ?, disabled = ?, version = version + 1 WHERE id = ?")) {
            ps.setString(1, role.code());
            ps.setString(2, change.passwordHash().orElse(before.passwordHash()));
            ps.setBoolean(3, disabled);
            ps.setLong(4, id.value());
            ps.executeUpdate();
          }
          if (before.role() == Role.OWNER && !before.disabled() && enabledOwners(c) == 0) {
            throw new ConflictException(
                "user '"
                    + before.username()
                    + "' is the last enabled owner; make someone else owner first");
          }
          Account after = get(c, id).orElseThrow();
          Map<String, Object> afterView = auditView(after);
          if (change.passwordHash().isPresent()) {
            afterView.put("passwordChanged", true);
          }
          AuditWriter.record(
              c,
              actor,
              "update",
              "account",
              id.value(),
              Optional.of(auditView(before)),
              Optional.of(afterView));
          return after;
        });
  }

  @Override
  public int enabledOwners() {
    return db.read(SqliteUserStore::enabledOwners);
  }

  private static int enabledOwners(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM accounts WHERE role = 'owner' AND disabled = 0");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static Optional<Account> one(Connection c, String where, Object arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(COLUMNS + where)) {
      ps.setObject(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(toAccount(rs)) : Optional.empty();
      }
    }
  }

  private static Account toAccount(ResultSet rs) throws SQLException {
    return new Account(
        new AccountId(rs.getLong("id")),
        rs.getString("username"),
        Role.parse(rs.getString("role")),
        rs.getString("password_hash"),
        rs.getBoolean("disabled"),
        Rows.instant(rs, "created_at"),
        rs.getLong("version"));
  }
}
