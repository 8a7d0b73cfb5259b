package org.verbatim.core.search;

import java.util.Map;
import java.util.Optional;

/**
 * A query: Lucene-style text (words, "phrases", AND/OR/NOT, wildcards, "a b"~3) and filters on
 * speaker, document name and participant attributes (all must hold), and optionally on the code (a
 * name or path; with its subcodes) and coder of live codings a hit must overlap. The index itself
 * applies only the text, speaker, document and attribute filters; {@code
 * org.verbatim.core.themes.CodedSearch} applies the code and coder filters over the codings.
 */
public record SearchQuery(
    String text,
    Optional<String> speaker,
    Optional<String> document,
    Map<String, String> where,
    int limit,
    Optional<String> code,
    Optional<String> coder) {
  public SearchQuery {
    where = Map.copyOf(where);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1");
    }
  }

  /** A query without code or coder filters. */
  public SearchQuery(
      String text,
      Optional<String> speaker,
      Optional<String> document,
      Map<String, String> where,
      int limit) {
    this(text, speaker, document, where, limit, Optional.empty(), Optional.empty());
  }

  /** Whether the query filters by code or coder (see {@code core.themes.CodedSearch}). */
  public boolean filtersCodings() {
    return code.isPresent() || coder.isPresent();
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Map.of(), 100);
  }
}
