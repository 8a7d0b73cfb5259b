package org.verbatim.core.store;

import org.verbatim.core.model.Memo;

/** A stored memo with the version an edit must be based on (optimistic locking). */
public record VersionedMemo(Memo memo, long version) {}
