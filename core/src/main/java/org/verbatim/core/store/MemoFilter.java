package org.verbatim.core.store;

import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;

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
