package org.verbatim.core.coding;

import java.util.Optional;
import org.verbatim.core.model.UndoOutcome;
import org.verbatim.core.model.UndoState;
import org.verbatim.core.store.UndoLog;

/**
 * Undo and redo of an actor's own changes to codes, codings and memos, one action at a time, and
 * what the next undo or redo would do.
 */
public final class UndoService {
  private final UndoLog log;

  public UndoService(UndoLog log) {
    this.log = log;
  }

  /**
   * Reverts the actor's latest action not yet undone.
   *
   * @return empty when there is nothing to undo
   * @throws org.verbatim.core.model.ConflictException if someone changed a touched entity since
   */
  public Optional<UndoOutcome> undo(Actor actor) {
    return log.undo(actor.name());
  }

  /**
   * Re-applies the actor's most recently undone action.
   *
   * @return empty when there is nothing to redo
   * @throws org.verbatim.core.model.ConflictException if someone changed a touched entity since
   */
  public Optional<UndoOutcome> redo(Actor actor) {
    return log.redo(actor.name());
  }

  /** The labels of the actor's next undo and redo. */
  public UndoState state(Actor actor) {
    return log.state(actor.name());
  }
}
