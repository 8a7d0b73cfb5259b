package org.verbatim.core.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.store.sqlite.UndoableRow.RowState;

/**
 * One undoable action being written inside its transaction: every change goes to the row, the audit
 * log and the actor's undo history together. Starting an action clears the actor's redo history,
 * because redoing past a new change would overwrite it.
 */
final class Journal {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final int KEPT_ACTIONS_PER_ACTOR = 200;

  private final Connection c;
  private final String actor;
  private final long actionId;
  private final Set<String> touched = new HashSet<>();
  private int seq;

  private Journal(Connection c, String actor, long actionId) {
    this.c = c;
    this.actor = actor;
    this.actionId = actionId;
  }

  /** Starts an action labelled for the user ("rename code 'Trust'"). */
  static Journal begin(Connection c, String actor, String label) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM undo_actions WHERE actor = ? AND state = 'undone'")) {
      ps.setString(1, actor);
      ps.executeUpdate();
    }
    // Bounded history: undo reaches back this many actions per actor.
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM undo_actions WHERE actor = ? AND id <= (SELECT id FROM undo_actions"
                + " WHERE actor = ? ORDER BY id DESC LIMIT 1 OFFSET ?)")) {
      ps.setString(1, actor);
      ps.setString(2, actor);
      ps.setInt(3, KEPT_ACTIONS_PER_ACTOR - 1);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO undo_actions(actor, label, state, created_at) VALUES (?,?,'done',?)")) {
      ps.setString(1, actor);
      ps.setString(2, label);
      ps.setString(3, Rows.now());
      ps.executeUpdate();
      return new Journal(c, actor, Rows.generatedKey(ps));
    }
  }

  /**
   * Records a row this action has just inserted: undoing it means deleting it (softly).
   *
   * @return the row's state as inserted
   */
  RowState created(UndoableRow kind, long id) throws SQLException {
    RowState after = kind.read(c, id).orElseThrow();
    Map<String, Object> before = new LinkedHashMap<>(after.fields());
    before.put(UndoableRow.DELETED, true);
    remember(kind, id, before, after.fields(), after.version());
    return after;
  }

  /**
   * Changes a live row: checks the version the caller's edit was based on (if given), applies
   * {@code edit} to a copy of its fields, writes it with the next version, and records the change.
   *
   * @throws NotFoundException if the row does not exist or is deleted
   * @throws ConflictException if {@code expectedVersion} is not the row's current version
   */
  RowState change(
      UndoableRow kind,
      long id,
      Optional<Long> expectedVersion,
      String auditAction,
      Consumer<Map<String, Object>> edit)
      throws SQLException {
    RowState before =
        kind.read(c, id)
            .filter(s -> !s.deleted())
            .orElseThrow(() -> new NotFoundException("no " + kind.entity() + " with id " + id));
    if (expectedVersion.isPresent()) {
      checkVersion(kind, id, before.version(), expectedVersion.get());
    }
    Map<String, Object> fields = new LinkedHashMap<>(before.fields());
    edit.accept(fields);
    RowState after = new RowState(fields, before.version() + 1);
    kind.write(c, id, after.fields(), after.version());
    AuditWriter.record(
        c,
        actor,
        auditAction,
        kind.entity(),
        id,
        Optional.of(before.auditView()),
        Optional.of(after.auditView()));
    remember(kind, id, before.fields(), after.fields(), after.version());
    return after;
  }

  /**
   * @throws ConflictException if the edit was based on another version than the current one
   */
  static void checkVersion(UndoableRow kind, long id, long current, long expected) {
    if (current != expected) {
      throw new ConflictException(
          kind.entity()
              + " "
              + id
              + " was changed meanwhile (it is at version "
              + current
              + ", the change was based on version "
              + expected
              + "); reload and try again");
    }
  }

  private void remember(
      UndoableRow kind,
      long id,
      Map<String, Object> before,
      Map<String, Object> after,
      long version)
      throws SQLException {
    if (!touched.add(kind.entity() + ":" + id)) {
      // undo checks each change against the row's version after it; two changes of one row would
      // break that
      throw new IllegalStateException(kind.entity() + " " + id + " changed twice in one action");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO undo_changes(action_id, seq, entity, entity_id, before_json, after_json, version)"
                + " VALUES (?,?,?,?,?,?,?)")) {
      ps.setLong(1, actionId);
      ps.setInt(2, seq++);
      ps.setString(3, kind.entity());
      ps.setLong(4, id);
      ps.setString(5, toJson(before));
      ps.setString(6, toJson(after));
      ps.setLong(7, version);
      ps.executeUpdate();
    }
  }

  static String toJson(Map<String, Object> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("row state is not serialisable", e);
    }
  }

  static Map<String, Object> fromJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored undo state is not JSON: " + json, e);
    }
  }
}
