package org.verbatim.core.model;

import java.time.Instant;

/** One coder's application of one code to a span of one document. */
public record Coding(
    CodingId id,
    DocumentId document,
    CodeId code,
    CoderId coder,
    Span span,
    String memo,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
