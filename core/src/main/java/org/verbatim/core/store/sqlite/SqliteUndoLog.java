package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Stateful;
import org.verbatim.core.model.UndoOutcome;
import org.verbatim.core.model.UndoState;
import org.verbatim.core.model.VersionedMemo;
import org.verbatim.core.store.UndoLog;
import org.verbatim.core.store.sqlite.UndoableRow.RowState;

/** Undo and redo over the journal that {@link Journal} writes. */
final class SqliteUndoLog implements UndoLog {
  private final SqliteDatabase db;

  SqliteUndoLog(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Optional<UndoOutcome> undo(String actor) {
    return db.write(
        c -> {
          Optional<Action> action =
              latest(
                  c,
                  "SELECT id, label FROM undo_actions WHERE actor = ? AND state = 'done' ORDER BY id DESC",
                  actor);
          if (action.isEmpty()) {
            return Optional.empty();
          }
          List<Change> changes = changes(c, action.get().id());
          Collections.reverse(changes);
          return Optional.of(apply(c, actor, action.get(), changes, true));
        });
  }

  @Override
  public Optional<UndoOutcome> redo(String actor) {
    return db.write(
        c -> {
          Optional<Action> action =
              latest(
                  c,
                  "SELECT id, label FROM undo_actions WHERE actor = ? AND state = 'undone' ORDER BY undo_seq DESC",
                  actor);
          if (action.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(apply(c, actor, action.get(), changes(c, action.get().id()), false));
        });
  }

  @Override
  public UndoState state(String actor) {
    return db.read(
        c ->
            new UndoState(
                latest(
                        c,
                        "SELECT id, label FROM undo_actions WHERE actor = ? AND state = 'done' ORDER BY id DESC",
                        actor)
                    .map(Action::label),
                latest(
                        c,
                        "SELECT id, label FROM undo_actions WHERE actor = ? AND state = 'undone' ORDER BY undo_seq DESC",
                        actor)
                    .map(Action::label)));
  }

  /**
   * Writes each change's before (undo) or after (redo) state, refusing if anyone changed a row
   * since.
   */
  private UndoOutcome apply(
      Connection c, String actor, Action action, List<Change> changes, boolean undo)
      throws SQLException {
    String verb = undo ? "undo" : "redo";
    List<Stateful<Code>> codes = new ArrayList<>();
    List<Stateful<Coding>> codings = new ArrayList<>();
    List<Stateful<VersionedMemo>> memos = new ArrayList<>();
    for (Change ch : changes) {
      RowState current =
          ch.kind()
              .read(c, ch.id())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          ch.kind().entity() + " " + ch.id() + " vanished from the database"));
      if (current.version() != ch.version()) {
        throw new ConflictException(
            "cannot "
                + verb
                + " '"
                + action.label()
                + "': "
                + ch.kind().entity()
                + " "
                + ch.id()
                + " was changed since by a later action; nothing was changed");
      }
      Map<String, Object> target = undo ? ch.before() : ch.after();
      if (!UndoableRow.deleted(target)) {
        ch.kind().checkLiveState(c, ch.id(), target);
      }
      long version = current.version() + 1;
      ch.kind().write(c, ch.id(), target, version);
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE undo_changes SET version = ? WHERE action_id = ? AND seq = ?")) {
        ps.setLong(1, version);
        ps.setLong(2, action.id());
        ps.setInt(3, ch.seq());
        ps.executeUpdate();
      }
      AuditWriter.record(
          c,
          actor,
          verb,
          ch.kind().entity(),
          ch.id(),
          Optional.of(current.auditView()),
          Optional.of(new RowState(target, version).auditView()));
      Object value = ch.kind().value(c, ch.id());
      boolean deleted = UndoableRow.deleted(target);
      switch (ch.kind()) {
        case CODE -> codes.add(new Stateful<>((Code) value, deleted));
        case CODING -> codings.add(new Stateful<>((Coding) value, deleted));
        case MEMO -> memos.add(new Stateful<>((VersionedMemo) value, deleted));
        case THEME -> {
          // themes are not part of the outcome's lists; clients reload the tree after undo
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE undo_actions SET state = ?, undo_seq = (SELECT COALESCE(MAX(undo_seq), 0) + 1 FROM undo_actions)"
                + " WHERE id = ?")) {
      ps.setString(1, undo ? "undone" : "done");
      ps.setLong(2, action.id());
      ps.executeUpdate();
    }
    return new UndoOutcome(action.id(), action.label(), codes, codings, memos);
  }

  private static Optional<Action> latest(Connection c, String sql, String actor)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql + " LIMIT 1")) {
      ps.setString(1, actor);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Action(rs.getLong(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  private static List<Change> changes(Connection c, long action) throws SQLException {
    List<Change> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, entity, entity_id, before_json, after_json, version FROM undo_changes"
                + " WHERE action_id = ? ORDER BY seq")) {
      ps.setLong(1, action);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Change(
                  rs.getInt("seq"),
                  UndoableRow.of(rs.getString("entity")),
                  rs.getLong("entity_id"),
                  Journal.fromJson(rs.getString("before_json")),
                  Journal.fromJson(rs.getString("after_json")),
                  rs.getLong("version")));
        }
      }
    }
    return out;
  }

  private record Action(long id, String label) {}

  private record Change(
      int seq,
      UndoableRow kind,
      long id,
      Map<String, Object> before,
      Map<String, Object> after,
      long version) {}
}
