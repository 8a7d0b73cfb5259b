package org.verbatim.core.model;

import java.util.List;

/**
 * What an undo or redo changed: the action's label and the new state of every entity it touched.
 */
public record UndoOutcome(
    long actionId,
    String label,
    List<Stateful<Code>> codes,
    List<Stateful<Coding>> codings,
    List<Stateful<VersionedMemo>> memos) {
  public UndoOutcome {
    codes = List.copyOf(codes);
    codings = List.copyOf(codings);
    memos = List.copyOf(memos);
  }
}
