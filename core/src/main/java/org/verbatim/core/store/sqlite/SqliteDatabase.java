package org.verbatim.core.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.verbatim.core.model.InvalidInputException;

/**
 * One project's SQLite database: opens it with WAL, foreign keys and full sync, applies pending
 * migrations, and runs every unit of work in its own transaction on one serialised connection.
 */
final class SqliteDatabase implements AutoCloseable {
  private static final String MIGRATION_PATTERN = "/org/verbatim/core/store/sqlite/V%03d.sql";

  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  private final Path file;
  private final GroupCommit group;

  private SqliteDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.group = new GroupCommit(file, connection, lock);
  }

  static SqliteDatabase open(Path file) {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = 5000");
        s.execute("PRAGMA journal_mode = WAL");
        // FULL: an acknowledged commit survives a power cut, not just a process crash.
        s.execute("PRAGMA synchronous = FULL");
        s.execute("PRAGMA foreign_keys = ON");
      }
      SqliteDatabase db = new SqliteDatabase(file, c);
      db.migrate();
      return db;
    } catch (SQLException e) {
      throw new InvalidInputException(
          file + ": not a readable Verbatim database (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Runs {@code work} in one transaction: all of it commits, or nothing does. Concurrent writes
   * share commits ({@link GroupCommit}); this returns only once {@code work} is committed.
   */
  <T> T write(SqlWork<T> work) {
    return group.write(work);
  }

  /** Runs a read; reads share the connection, so they see every committed write. */
  <T> T read(SqlWork<T> work) {
    lock.lock();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreFailureException(file + ": database read failed: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Changes whenever anything may have been written since: by this process (every unit of work
   * counted) or by another connection to the file ({@code PRAGMA data_version}, which changes on
   * this connection when another one commits). Read before the data it guards.
   */
  Object changeMark() {
    long local = group.writes();
    long other =
        read(
            c -> {
              try (Statement s = c.createStatement();
                  ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                return rs.next() ? rs.getLong(1) : -1L;
              }
            });
    return List.of(local, other);
  }

  int schemaVersion() {
    return read(c -> userVersion(c));
  }

  private void migrate() throws SQLException {
    int current = userVersion(connection);
    for (int v = current + 1; migration(v).isPresent(); v++) {
      String script = migration(v).orElseThrow();
      int version = v;
      write(
          c -> {
            try (Statement s = c.createStatement()) {
              for (String statement : script.split(";\\s*(\\n|$)")) {
                if (hasSql(statement)) {
                  s.execute(statement);
                }
              }
              s.execute("PRAGMA user_version = " + version);
            }
            return null;
          });
    }
  }

  private static boolean hasSql(String statement) {
    return statement.lines().anyMatch(l -> !l.isBlank() && !l.strip().startsWith("--"));
  }

  private static int userVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static Optional<String> migration(int version) {
    try (InputStream in =
        SqliteDatabase.class.getResourceAsStream(String.format(MIGRATION_PATTERN, version))) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + version, e);
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreFailureException(file + ": closing the database failed", e);
    } finally {
      lock.unlock();
    }
  }
}
