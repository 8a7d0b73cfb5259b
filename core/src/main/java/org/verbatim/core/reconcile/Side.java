package org.verbatim.core.reconcile;

import java.util.List;
import org.verbatim.core.model.CoderId;

/** One coder's codings in a disagreement, by start offset; empty if the coder coded nothing. */
public record Side(CoderId coder, List<Passage> passages) {
  public Side {
    passages = List.copyOf(passages);
  }

  public boolean isEmpty() {
    return passages.isEmpty();
  }
}
