package org.verbatim.core.themes;

import java.util.Optional;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Span;

/**
 * One coded passage as retrieval shows it: the coding, its document, participant label (absent when
 * the document has no participant), speaker, the 1-based number of its speaker turn (absent when
 * the document has no turns) and of its paragraph, its span (UTF-16, end exclusive) and text, the
 * code's name, the coder's name and the coding memo.
 */
public record CodedPassage(
    CodingId coding,
    DocumentId document,
    String documentName,
    Optional<String> participant,
    Optional<String> speaker,
    Optional<Integer> turn,
    int paragraph,
    Span span,
    String text,
    String code,
    String coder,
    String memo) {}
