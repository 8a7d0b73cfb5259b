package org.verbatim.core.model;

import java.util.List;

/** One consensus coding a decision wrote and the coders' codings it comes from (provenance). */
public record ConsensusLink(CodingId coding, List<CodingId> sources) {
  public ConsensusLink {
    sources = List.copyOf(sources);
  }
}
