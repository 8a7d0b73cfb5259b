package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeDeletion;
import org.verbatim.core.model.CodeEdit;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodeMerge;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.TextRules;

/** Changes to existing codes: edit, move, merge and delete, each one journalled transaction. */
final class CodeMutations {
  static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  static final int MAX_NAME = TextRules.MAX_NAME;

  private final SqliteDatabase db;

  CodeMutations(SqliteDatabase db) {
    this.db = db;
  }

  /** Checks a code name and returns it stripped. */
  static String checkName(String name) {
    return TextRules.name(name, "code name", MAX_NAME);
  }

  static String checkColour(String colour) {
    if (!COLOUR.matcher(colour).matches()) {
      throw new InvalidInputException("colour must look like #RRGGBB, was '" + colour + "'");
    }
    return colour;
  }

  Code edit(CodeId id, long expectedVersion, CodeEdit edit, String actor) {
    Optional<String> name = edit.name().map(CodeMutations::checkName);
    edit.colour().ifPresent(CodeMutations::checkColour);
    if (edit.isEmpty()) {
      throw new InvalidInputException("nothing to change: give a name, definition or colour");
    }
    return db.write(
        c -> {
          Code old = live(c, id);
          Journal journal = Journal.begin(c, actor, editLabel(old, edit));
          journal.change(
              UndoableRow.CODE,
              id.value(),
              Optional.of(expectedVersion),
              "edit",
              f -> {
                name.ifPresent(n -> f.put("name", n));
                edit.definition().ifPresent(d -> f.put("definition", d));
                edit.colour().ifPresent(col -> f.put("colour", col));
              });
          if (name.isPresent()) {
            UndoableRow.CODE.checkLiveState(
                c, id.value(), UndoableRow.CODE.read(c, id.value()).orElseThrow().fields());
          }
          return live(c, id);
        });
  }

  private static String editLabel(Code old, CodeEdit edit) {
    if (edit.name().isPresent()) {
      return "rename code '" + old.name() + "' to '" + edit.name().get().strip() + "'";
    }
    return (edit.definition().isPresent() ? "define" : "recolour") + " code '" + old.name() + "'";
  }

  Code move(CodeId id, long expectedVersion, Optional<CodeId> parent, String actor) {
    return db.write(
        c -> {
          Code code = live(c, id);
          if (parent.isPresent()) {
            live(c, parent.get());
            if (isSelfOrDescendant(c, parent.get(), id)) {
              throw new InvalidInputException(
                  "cannot move code '" + code.name() + "' under itself or one of its subcodes");
            }
          }
          Journal.begin(c, actor, "move code '" + code.name() + "'")
              .change(
                  UndoableRow.CODE,
                  id.value(),
                  Optional.of(expectedVersion),
                  "move",
                  f -> f.put("parent", parent.map(CodeId::value).orElse(null)));
          UndoableRow.CODE.checkLiveState(
              c, id.value(), UndoableRow.CODE.read(c, id.value()).orElseThrow().fields());
          return live(c, id);
        });
  }

  CodeMerge merge(
      CodeId source, long sourceVersion, CodeId target, Optional<CoderId> exclusive, String actor) {
    return db.write(
        c -> {
          Code from = live(c, source);
          Code into = live(c, target);
          if (isSelfOrDescendant(c, target, source)) {
            throw new InvalidInputException(
                "cannot merge code '" + from.name() + "' into itself or one of its subcodes");
          }
          Journal.checkVersion(UndoableRow.CODE, source.value(), from.version(), sourceVersion);
          List<Coding> codings = liveCodings(c, source);
          checkExclusive(codings, exclusive, from);
          Journal journal =
              Journal.begin(
                  c, actor, "merge code '" + from.name() + "' into '" + into.name() + "'");
          List<Coding> moved = new ArrayList<>();
          List<Coding> removed = new ArrayList<>();
          for (Coding coding : codings) {
            boolean duplicate = hasSameCoding(c, coding, target);
            journal.change(
                UndoableRow.CODING,
                coding.id().value(),
                Optional.empty(),
                "merge",
                f -> {
                  if (duplicate) {
                    f.put(UndoableRow.DELETED, true);
                  } else {
                    f.put("code", target.value());
                  }
                });
            (duplicate ? removed : moved).add(SqliteCodingStore.anyState(c, coding.id()));
          }
          List<Code> children = new ArrayList<>();
          for (long child : liveChildren(c, source)) {
            journal.change(
                UndoableRow.CODE,
                child,
                Optional.empty(),
                "merge",
                f -> f.put("parent", target.value()));
            UndoableRow.CODE.checkLiveState(
                c, child, UndoableRow.CODE.read(c, child).orElseThrow().fields());
            children.add(live(c, new CodeId(child)));
          }
          journal.change(
              UndoableRow.CODE,
              source.value(),
              Optional.empty(),
              "merge",
              f -> f.put(UndoableRow.DELETED, true));
          return new CodeMerge(
              SqliteCodeStore.anyState(c, source), live(c, target), moved, removed, children);
        });
  }

  CodeDeletion delete(CodeId id, long expectedVersion, Optional<CoderId> exclusive, String actor) {
    return db.write(
        c -> {
          Code code = live(c, id);
          if (!liveChildren(c, id).isEmpty()) {
            throw new ConflictException(
                "code '" + code.name() + "' has subcodes; move or delete them first");
          }
          List<Coding> codings = liveCodings(c, id);
          checkExclusive(codings, exclusive, code);
          Journal.checkVersion(UndoableRow.CODE, id.value(), code.version(), expectedVersion);
          Journal journal = Journal.begin(c, actor, "delete code '" + code.name() + "'");
          List<Coding> deleted = new ArrayList<>();
          for (Coding coding : codings) {
            journal.change(
                UndoableRow.CODING,
                coding.id().value(),
                Optional.empty(),
                "delete",
                f -> f.put(UndoableRow.DELETED, true));
            deleted.add(SqliteCodingStore.anyState(c, coding.id()));
          }
          journal.change(
              UndoableRow.CODE,
              id.value(),
              Optional.of(expectedVersion),
              "delete",
              f -> f.put(UndoableRow.DELETED, true));
          return new CodeDeletion(SqliteCodeStore.anyState(c, id), deleted);
        });
  }

  private static void checkExclusive(List<Coding> codings, Optional<CoderId> exclusive, Code code) {
    if (exclusive.isPresent()
        && codings.stream().anyMatch(k -> !k.coder().equals(exclusive.get()))) {
      // under blind coding the caller must not learn whose codings these are, or that they exist
      // beyond this: the code is in use, and the owner decides
      throw new ConflictException(
          "code '" + code.name() + "' is in use; only the project owner may delete or merge it");
    }
  }

  static Code live(Connection c, CodeId id) throws SQLException {
    return SqliteCodeStore.get(c, id)
        .orElseThrow(() -> new NotFoundException("no code with id " + id));
  }

  /** Whether {@code candidate} is {@code ancestor} or lies below it. */
  private static boolean isSelfOrDescendant(Connection c, CodeId candidate, CodeId ancestor)
      throws SQLException {
    Optional<CodeId> at = Optional.of(candidate);
    for (int depth = 0; at.isPresent() && depth < 10_000; depth++) {
      if (at.get().equals(ancestor)) {
        return true;
      }
      at = SqliteCodeStore.anyState(c, at.get()).parent();
    }
    return false;
  }

  private static List<Coding> liveCodings(Connection c, CodeId code) throws SQLException {
    List<Coding> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM codings WHERE code_id = ? AND deleted_at IS NULL ORDER BY id")) {
      ps.setLong(1, code.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(SqliteCodingStore.anyState(c, new CodingId(rs.getLong(1))));
        }
      }
    }
    return out;
  }

  private static List<Long> liveChildren(Connection c, CodeId code) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM codes WHERE parent_id = ? AND deleted_at IS NULL ORDER BY id")) {
      ps.setLong(1, code.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static boolean hasSameCoding(Connection c, Coding coding, CodeId code)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM codings WHERE deleted_at IS NULL AND code_id = ? AND document_id = ? AND coder_id = ?"
                + " AND start = ? AND \"end\" = ?")) {
      ps.setLong(1, code.value());
      ps.setLong(2, coding.document().value());
      ps.setLong(3, coding.coder().value());
      ps.setInt(4, coding.span().start());
      ps.setInt(5, coding.span().end());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
