package org.verbatim.core.model;

/** One sentence of a document: its position in reading order and its span of the stored text. */
public record Sentence(int index, Span span) {}
