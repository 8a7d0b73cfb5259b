package org.verbatim.core.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;
import org.verbatim.core.model.Span;

/**
 * Where a query matches inside one entry, from Lucene's Matches API (offsets come from the
 * postings). A phrase yields one span from its first to its last word. The two text fields usually
 * report the same word twice, and "peer OR "peer support"" reports overlapping spans: overlapping
 * spans merge into one, so each character is in at most one hit.
 */
public final class MatchLocator {
  private static final String[] TEXT_FIELDS = {IndexFields.TEXT_EN, IndexFields.TEXT_ZH};

  private MatchLocator() {}

  /** Merged match spans in the entry's own text (UTF-16, end exclusive), in text order. */
  public static List<Span> spans(Weight textWeight, LeafReaderContext leaf, int doc)
      throws IOException {
    Matches matches = textWeight.matches(leaf, doc);
    if (matches == null) {
      return List.of();
    }
    List<Span> raw = new ArrayList<>();
    for (String field : TEXT_FIELDS) {
      MatchesIterator it = matches.getMatches(field);
      if (it == null) {
        continue;
      }
      while (it.next()) {
        int start = it.startOffset();
        int end = it.endOffset();
        if (start >= 0 && end > start) {
          raw.add(new Span(start, end));
        }
      }
    }
    return merge(raw);
  }

  static List<Span> merge(List<Span> spans) {
    if (spans.size() < 2) {
      return spans;
    }
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> merged = new ArrayList<>();
    Span current = sorted.get(0);
    for (Span next : sorted.subList(1, sorted.size())) {
      if (next.start() < current.end()) {
        current = new Span(current.start(), Math.max(current.end(), next.end()));
      } else {
        merged.add(current);
        current = next;
      }
    }
    merged.add(current);
    return merged;
  }
}
