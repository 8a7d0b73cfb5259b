package org.verbatim.core.search;

import java.util.List;

/**
 * Hits in document then offset order, and how many there were before the limit cut. Counting stops
 * past {@link #EXACT_COUNT_LIMIT} matches: then {@code totalExact} is false and {@code totalHits}
 * is a lower bound (the way Lucene reports totals), so that a query matching most of a large
 * project still answers quickly.
 */
public record SearchResult(List<SearchHit> hits, int totalHits, boolean totalExact) {
  /** Matches counted exactly; past this, the total is a lower bound. */
  public static final int EXACT_COUNT_LIMIT = 10_000;

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** A result whose total is exact. */
  public SearchResult(List<SearchHit> hits, int totalHits) {
    this(hits, totalHits, true);
  }
}
