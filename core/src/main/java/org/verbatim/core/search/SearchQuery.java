package org.verbatim.core.search;

import java.util.Map;
import java.util.Optional;

/**
 * A query: Lucene-style text (words, "phrases", AND/OR/NOT, wildcards, "a b"~3) and filters on
 * speaker, document name and participant attributes (all must hold).
 */
public record SearchQuery(
    String text,
    Optional<String> speaker,
    Optional<String> document,
    Map<String, String> where,
    int limit) {
  public SearchQuery {
    where = Map.copyOf(where);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1");
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Map.of(), 100);
  }
}
