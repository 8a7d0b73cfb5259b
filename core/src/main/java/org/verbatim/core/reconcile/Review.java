package org.verbatim.core.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentSummary;

/**
 * What reconciling a document shows: the compared coders, their disagreements and exact agreements,
 * and for each (by key) the current decision about it. A decision whose own key differs from the
 * item's was taken on an earlier version of some of its codings (it is outdated).
 */
public record Review(
    DocumentSummary document,
    List<CoderId> coders,
    Findings findings,
    Map<String, Decision> decisions) {
  public Review {
    coders = List.copyOf(coders);
    decisions = Map.copyOf(decisions);
  }

  public Optional<Decision> decision(String key) {
    return Optional.ofNullable(decisions.get(key));
  }
}
