package org.verbatim.core.model;

import java.util.List;

/**
 * What it takes to record a reconciliation decision: the document, the disagreement's key and kind,
 * the coders' codings it settles (with the versions seen), the outcome as JSON, the reason, and the
 * consensus codings to write.
 */
public record NewDecision(
    DocumentId document,
    String key,
    String kind,
    List<SourceVersion> sources,
    String outcomeJson,
    String reason,
    List<ConsensusSpan> consensus) {
  public NewDecision {
    sources = List.copyOf(sources);
    consensus = List.copyOf(consensus);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a decision settles at least one coding");
    }
  }
}
