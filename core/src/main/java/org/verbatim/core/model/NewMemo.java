package org.verbatim.core.model;

import java.util.Optional;

/** What it takes to write a memo: its author, what it is attached to (if anything) and its text. */
public record NewMemo(
    CoderId author,
    Optional<DocumentId> document,
    Optional<CodeId> code,
    Optional<CodingId> coding,
    String text) {
  public NewMemo {
    TextRules.text(text, "memo text", TextRules.MAX_MEMO);
  }
}
