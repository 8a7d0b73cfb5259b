package org.verbatim.core.reconcile;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.ConsensusSpan;

/**
 * What a rule decided for one disagreement: the outcome and consensus codings to record, or (empty
 * outcome) that it stays open; {@code summary} says it in words for previews.
 */
public record RuleSettlement(
    Optional<Outcome> outcome, List<ConsensusSpan> consensus, String summary) {
  public RuleSettlement {
    consensus = List.copyOf(consensus);
  }

  static RuleSettlement leaveOpen() {
    return new RuleSettlement(Optional.empty(), List.of(), "left open");
  }

  boolean settles() {
    return outcome.isPresent();
  }
}
