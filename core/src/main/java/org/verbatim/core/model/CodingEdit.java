package org.verbatim.core.model;

import java.util.Optional;

/** A new range, code or memo for a coding; absent fields stay as they are. */
public record CodingEdit(Optional<Span> span, Optional<CodeId> code, Optional<String> memo) {
  public CodingEdit {
    memo.ifPresent(m -> TextRules.text(m, "coding memo", TextRules.MAX_MEMO));
  }

  public boolean isEmpty() {
    return span.isEmpty() && code.isEmpty() && memo.isEmpty();
  }
}
