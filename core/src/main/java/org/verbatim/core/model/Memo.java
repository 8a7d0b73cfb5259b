package org.verbatim.core.model;

import java.time.Instant;
import java.util.Optional;

/** A researcher's note, free or attached to a document, code or coding. */
public record Memo(
    MemoId id,
    CoderId author,
    Optional<DocumentId> document,
    Optional<CodeId> code,
    Optional<CodingId> coding,
    String text,
    Instant createdAt,
    Instant updatedAt) {}
