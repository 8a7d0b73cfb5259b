package org.verbatim.core.store;

import java.util.Optional;
import org.verbatim.core.model.UndoOutcome;
import org.verbatim.core.model.UndoState;

/**
 * Each actor's own history of changes to codes, codings and memos. Every store write of those is
 * one undoable action of its actor (a batch of codings is one action); a new action clears the
 * actor's redo history. Undo and redo are themselves one transaction each and are audited.
 */
public interface UndoLog {
  /**
   * Reverts the actor's latest action that is not undone.
   *
   * @return empty when there is nothing to undo
   * @throws org.verbatim.core.model.ConflictException if someone changed a touched entity since
   *     (then nothing is changed)
   */
  Optional<UndoOutcome> undo(String actor);

  /**
   * Re-applies the actor's most recently undone action.
   *
   * @return empty when there is nothing to redo
   * @throws org.verbatim.core.model.ConflictException if someone changed a touched entity since
   */
  Optional<UndoOutcome> redo(String actor);

  UndoState state(String actor);
}
