package org.verbatim.core.model;

/** A stored memo with the version an edit must be based on (optimistic locking). */
public record VersionedMemo(Memo memo, long version) {}
