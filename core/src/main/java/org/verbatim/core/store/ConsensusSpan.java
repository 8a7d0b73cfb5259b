package org.verbatim.core.store;

import java.util.List;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.Span;

/** A consensus coding a decision writes, with the coders' codings it comes from (at least one). */
public record ConsensusSpan(CodeId code, Span span, List<CodingId> sources) {
  public ConsensusSpan {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a consensus coding needs at least one source coding");
    }
  }
}
