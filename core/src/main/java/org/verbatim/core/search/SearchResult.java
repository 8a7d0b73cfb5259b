package org.verbatim.core.search;

import java.util.List;

/** Hits in document then offset order, and how many there were before the limit cut. */
public record SearchResult(List<SearchHit> hits, int totalHits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
