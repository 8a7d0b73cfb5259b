package org.verbatim.core.model;

/**
 * Where a live coding lies, without its memo and times: what the evidence views count (which code,
 * coder and document, and the span in UTF-16 units, end exclusive).
 */
public record CodedSpan(CodingId id, DocumentId document, CodeId code, CoderId coder, Span span) {
  /** The place of a full coding. */
  public static CodedSpan of(Coding coding) {
    return new CodedSpan(
        coding.id(), coding.document(), coding.code(), coding.coder(), coding.span());
  }
}
