package org.verbatim.core.search;

import java.util.Optional;
import org.verbatim.core.model.DocumentId;

/**
 * One match as keyword-in-context: {@code match} is the stored text's substring [start, end)
 * (UTF-16 offsets), with some context before and after; {@code turn} is the turn index.
 */
public record SearchHit(
    DocumentId documentId,
    String document,
    Optional<String> participant,
    Optional<String> speaker,
    int turn,
    int start,
    int end,
    String match,
    String before,
    String after) {}
