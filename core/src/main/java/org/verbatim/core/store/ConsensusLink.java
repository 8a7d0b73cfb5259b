package org.verbatim.core.store;

import java.util.List;
import org.verbatim.core.model.CodingId;

/** One consensus coding a decision wrote and the coders' codings it comes from (provenance). */
public record ConsensusLink(CodingId coding, List<CodingId> sources) {
  public ConsensusLink {
    sources = List.copyOf(sources);
  }
}
