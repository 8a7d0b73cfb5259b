package org.verbatim.core.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Group commit: units of work that arrive while a commit is being synced to disk are run together
 * in the next transaction, each inside its own savepoint, and share one commit (one fsync). A unit
 * that fails rolls back to its savepoint alone; every unit still returns only after its commit, so
 * an acknowledged write is durable and each write stays all-or-nothing. Without this, concurrent
 * writers queue behind one fsync each.
 */
final class GroupCommit {
  private static final int MAX_GROUP = 64;

  private final Path file;
  private final Connection connection;
  private final ReentrantLock lock;
  private final Queue<Pending<?>> queue = new ConcurrentLinkedQueue<>();

  GroupCommit(Path file, Connection connection, ReentrantLock lock) {
    this.file = file;
    this.connection = connection;
    this.lock = lock;
  }

  /**
   * Units of work run, committed or not: one of the two halves of {@link
   * SqliteDatabase#changeMark}.
   */
  private final java.util.concurrent.atomic.AtomicLong writes =
      new java.util.concurrent.atomic.AtomicLong();

  long writes() {
    return writes.get();
  }

  <T> T write(SqlWork<T> work) {
    writes.incrementAndGet();
    if (lock.isHeldByCurrentThread()) {
      // a write started inside a unit of work (or a read) joins it rather than committing it early
      return inline(work);
    }
    Pending<T> mine = new Pending<>(work);
    queue.add(mine);
    lock.lock();
    try {
      if (!mine.finished) {
        commitGroup();
      }
    } finally {
      lock.unlock();
    }
    return mine.outcome();
  }

  private <T> T inline(SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreFailureException(file + ": database write failed: " + e.getMessage(), e);
    } finally {
      writes.incrementAndGet();
    }
  }

  /** Runs everything queued (up to a bound) as one transaction; called with the lock held. */
  private void commitGroup() {
    List<Pending<?>> group = new ArrayList<>();
    for (Pending<?> p = queue.poll();
        p != null;
        p = group.size() < MAX_GROUP ? queue.poll() : null) {
      group.add(p);
    }
    try {
      connection.setAutoCommit(false);
      try {
        for (Pending<?> p : group) {
          p.runInSavepoint(connection, file);
        }
        connection.commit();
        // counted again after the commit: a mark read while the group ran is then stale
        writes.incrementAndGet();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        StoreFailureException failure =
            new StoreFailureException(file + ": database commit failed: " + e.getMessage(), e);
        group.forEach(p -> p.failIfSucceeded(failure));
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      StoreFailureException failure =
          new StoreFailureException(file + ": database write failed: " + e.getMessage(), e);
      group.forEach(p -> p.failIfSucceeded(failure));
    } finally {
      group.forEach(p -> p.finished = true);
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the commit failure is what gets reported
    }
  }

  /** One queued unit of work and, once its group committed, its result or failure. */
  private static final class Pending<T> {
    private final SqlWork<T> work;
    private @Nullable T result;
    private @Nullable RuntimeException failure;
    private boolean ran;
    // read by the waiting thread only after taking the lock the committing thread released
    boolean finished;

    Pending(SqlWork<T> work) {
      this.work = work;
    }

    void runInSavepoint(Connection c, Path file) throws SQLException {
      execute(c, "SAVEPOINT unit");
      try {
        result = work.run(c);
        execute(c, "RELEASE unit");
        ran = true;
      } catch (SQLException e) {
        undo(c);
        failure = new StoreFailureException(file + ": database write failed: " + e.getMessage(), e);
      } catch (RuntimeException e) {
        undo(c);
        failure = e;
      }
    }

    private static void undo(Connection c) throws SQLException {
      execute(c, "ROLLBACK TO unit");
      execute(c, "RELEASE unit");
    }

    void failIfSucceeded(RuntimeException e) {
      if (failure == null) {
        failure = e;
      }
    }

    T outcome() {
      if (failure != null) {
        throw failure;
      }
      if (!ran) {
        throw new IllegalStateException("unit of work finished without running");
      }
      return result;
    }

    private static void execute(Connection c, String sql) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }
  }
}
