package org.verbatim.core.search;

/**
 * What {@link LuceneSearchIndex#check} found in an index directory, with a sentence saying why when
 * it is not {@link Status#READY}.
 */
public record IndexCheck(Status status, String detail) {
  /** The states an index directory can be in; only READY is trusted. */
  public enum Status {
    /** A complete index of the current schema whose files pass their checksums. */
    READY,
    /** No directory, or a directory without an index. */
    MISSING,
    /** Files that do not open or fail their checksums. */
    DAMAGED,
    /** A readable index written by another schema version, or whose build never finished. */
    STALE
  }

  /** Whether the index can be used as it is; otherwise it must be rebuilt from the store. */
  public boolean usable() {
    return status == Status.READY;
  }
}
