package org.verbatim.core.model;

import java.util.List;

/**
 * The effect of recording a decision: the decision, the decisions it superseded, the consensus
 * codings it created and those it removed (written by the superseded decisions).
 */
public record DecisionWrite(
    StoredDecision decision,
    List<DecisionId> superseded,
    List<Coding> created,
    List<Coding> removed) {
  public DecisionWrite {
    superseded = List.copyOf(superseded);
    created = List.copyOf(created);
    removed = List.copyOf(removed);
  }
}
