package org.verbatim.core.coding;

import java.util.List;
import org.verbatim.core.search.SearchQuery;

/**
 * What "code all" codes: explicit spans, or the results of a search each widened to its match,
 * sentence or turn.
 */
public sealed interface CodingSource {
  /** Spans chosen one by one (UTF-16 offsets, end exclusive). */
  record Spans(List<DocumentSpan> spans) implements CodingSource {
    public Spans {
      spans = List.copyOf(spans);
    }
  }

  /** Every hit of a search, widened per {@code expansion}. */
  record SearchResults(SearchQuery query, Expansion expansion) implements CodingSource {}
}
