package org.verbatim.core.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.ConsensusLink;
import org.verbatim.core.model.DecisionId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.SourceVersion;
import org.verbatim.core.model.StoredDecision;

/**
 * A recorded decision on one disagreement (or exact agreement, {@code kind} "agreement"): who
 * decided what and why, when, the codings it settled, the consensus codings it wrote, and the later
 * decision that superseded it, if any.
 */
public record Decision(
    DecisionId id,
    DocumentId document,
    String key,
    String kind,
    Outcome outcome,
    String reason,
    String actor,
    Instant at,
    Optional<DecisionId> supersededBy,
    List<SourceVersion> sources,
    List<ConsensusLink> consensus) {
  /** The kind of a decision that accepted an exact agreement. */
  public static final String AGREEMENT = "agreement";

  public Decision {
    sources = List.copyOf(sources);
    consensus = List.copyOf(consensus);
  }

  static Decision of(StoredDecision d) {
    return new Decision(
        d.id(),
        d.document(),
        d.key(),
        d.kind(),
        OutcomeJson.read(d.outcomeJson()),
        d.reason(),
        d.actor(),
        d.at(),
        d.supersededBy(),
        d.sources(),
        d.consensus());
  }

  public boolean current() {
    return supersededBy.isEmpty();
  }
}
