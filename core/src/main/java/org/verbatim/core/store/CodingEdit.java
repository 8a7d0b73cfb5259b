package org.verbatim.core.store;

import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Span;

/** A new range, code or memo for a coding; absent fields stay as they are. */
public record CodingEdit(Optional<Span> span, Optional<CodeId> code, Optional<String> memo) {
  public boolean isEmpty() {
    return span.isEmpty() && code.isEmpty() && memo.isEmpty();
  }
}
