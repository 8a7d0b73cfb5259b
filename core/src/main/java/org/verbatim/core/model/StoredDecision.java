package org.verbatim.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A recorded reconciliation decision. It is current until a later decision on any of the same
 * codings supersedes it ({@code supersededBy}); {@code consensus} lists the consensus codings it
 * wrote (removed again once superseded).
 */
public record StoredDecision(
    DecisionId id,
    DocumentId document,
    String key,
    String kind,
    List<SourceVersion> sources,
    String outcomeJson,
    String reason,
    String actor,
    Instant at,
    Optional<DecisionId> supersededBy,
    List<ConsensusLink> consensus) {
  public StoredDecision {
    sources = List.copyOf(sources);
    consensus = List.copyOf(consensus);
  }

  public boolean current() {
    return supersededBy.isEmpty();
  }
}
