package org.verbatim.core.store.sqlite;

import java.util.Optional;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingEdit;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.TextRules;

/** Changes to existing codings: new range, code or memo, and soft delete; each journalled. */
final class CodingMutations {
  private final SqliteDatabase db;

  CodingMutations(SqliteDatabase db) {
    this.db = db;
  }

  Coding edit(CodingId id, long expectedVersion, CodingEdit edit, String actor) {
    if (edit.isEmpty()) {
      throw new InvalidInputException("nothing to change: give a range, code or memo");
    }
    return db.write(
        c -> {
          Coding old =
              SqliteCodingStore.get(c, id)
                  .orElseThrow(() -> new NotFoundException("no coding with id " + id));
          if (edit.span().isPresent()) {
            int length = SqliteDocumentStore.length(c, old.document());
            SqliteCodingStore.checkSpan(edit.span().get(), length, old.document());
            TextRules.wholeCharacters(
                SqliteDocumentStore.text(c, old.document()),
                edit.span().get(),
                old.document().toString());
          }
          if (edit.code().isPresent()) {
            CodeMutations.live(c, edit.code().get());
          }
          String label =
              edit.span().isPresent()
                  ? "change coding range"
                  : edit.code().isPresent() ? "change coding code" : "edit coding memo";
          Journal.begin(c, actor, label)
              .change(
                  UndoableRow.CODING,
                  id.value(),
                  Optional.of(expectedVersion),
                  "edit",
                  f -> {
                    edit.span()
                        .ifPresent(
                            s -> {
                              f.put("start", s.start());
                              f.put("end", s.end());
                            });
                    edit.code().ifPresent(k -> f.put("code", k.value()));
                    edit.memo().ifPresent(m -> f.put("memo", m));
                  });
          return SqliteCodingStore.anyState(c, id);
        });
  }

  Coding delete(CodingId id, long expectedVersion, String actor) {
    return db.write(
        c -> {
          Journal.begin(c, actor, "delete coding")
              .change(
                  UndoableRow.CODING,
                  id.value(),
                  Optional.of(expectedVersion),
                  "delete",
                  f -> f.put(UndoableRow.DELETED, true));
          return SqliteCodingStore.anyState(c, id);
        });
  }
}
