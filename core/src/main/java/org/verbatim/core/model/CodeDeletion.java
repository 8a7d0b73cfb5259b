package org.verbatim.core.model;

import java.util.List;

/** A soft-deleted code together with the codings that were soft-deleted with it. */
public record CodeDeletion(Code code, List<Coding> codings) {
  public CodeDeletion {
    codings = List.copyOf(codings);
  }
}
