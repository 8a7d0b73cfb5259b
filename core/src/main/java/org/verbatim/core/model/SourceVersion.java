package org.verbatim.core.model;

/** A coder's coding a decision was about, at the version the decision saw. */
public record SourceVersion(CodingId coding, long version) {}
