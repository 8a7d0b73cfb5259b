package org.verbatim.core.reconcile;

import java.util.List;
import org.verbatim.core.model.Coding;

/** A decision just recorded, with the consensus codings it created and those it removed. */
public record Decided(Decision decision, List<Coding> created, List<Coding> removed) {
  public Decided {
    created = List.copyOf(created);
    removed = List.copyOf(removed);
  }
}
