package org.verbatim.core.model;

import java.util.List;

/** A consensus coding a decision writes, with the coders' codings it comes from (at least one). */
public record ConsensusSpan(CodeId code, Span span, List<CodingId> sources) {
  public ConsensusSpan {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a consensus coding needs at least one source coding");
    }
  }
}
