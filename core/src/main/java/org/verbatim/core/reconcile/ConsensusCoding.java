package org.verbatim.core.reconcile;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DecisionId;

/**
 * A live coding of the consensus layer with its provenance: the decision that wrote it and the
 * coders' codings it comes from (absent only for consensus codings not written by a decision, e.g.
 * imported ones).
 */
public record ConsensusCoding(Coding coding, Optional<Origin> origin) {
  /** The decision that wrote a consensus coding and the coders' codings it comes from. */
  public record Origin(DecisionId decision, List<CodingId> sources) {
    public Origin {
      sources = List.copyOf(sources);
    }
  }
}
