package org.verbatim.core.deid;

/**
 * One occurrence of a found form, as a keyword-in-context line: up to {@link Scanner#CONTEXT}
 * characters either side of the form as it occurs in {@code [start, end)} of the document's stored
 * text.
 */
public record MentionContext(
    long document,
    String documentName,
    int start,
    int end,
    String left,
    String hit,
    String right) {}
