package org.verbatim.core.model;

import java.time.Instant;
import java.util.Optional;

/** A stored document without its text: what a listing shows. */
public record DocumentSummary(
    DocumentId id,
    String name,
    Language language,
    SourceFormat format,
    String sha256,
    int length,
    int words,
    int turns,
    Optional<Participant> participant,
    Instant importedAt) {}
