package org.verbatim.core.model;

import java.util.Optional;

/** Which memos to list; every present field must match. */
public record MemoFilter(
    Optional<CoderId> author,
    Optional<DocumentId> document,
    Optional<CodeId> code,
    Optional<CodingId> coding) {
  public static MemoFilter any() {
    return new MemoFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
