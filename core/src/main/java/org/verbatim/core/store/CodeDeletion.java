package org.verbatim.core.store;

import java.util.List;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.Coding;

/** A soft-deleted code together with the codings that were soft-deleted with it. */
public record CodeDeletion(Code code, List<Coding> codings) {
  public CodeDeletion {
    codings = List.copyOf(codings);
  }
}
