package org.verbatim.core.model;

/** What it takes to create a coding. */
public record NewCoding(DocumentId document, CodeId code, CoderId coder, Span span, String memo) {
  public NewCoding {
    TextRules.text(memo, "coding memo", TextRules.MAX_MEMO);
  }
}
