package org.verbatim.core.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.search.SearchHit;
import org.verbatim.core.search.SearchIndex;
import org.verbatim.core.search.SearchQuery;
import org.verbatim.core.store.DocumentStore;

/**
 * Turns a search into the spans "code all results" codes: each hit widened to its sentence or turn.
 */
public final class Autocoder {
  /** The most hits one autocoding action takes; a larger result should be narrowed first. */
  public static final int MAX_HITS = 10_000;

  private final SearchIndex index;
  private final DocumentStore documents;

  public Autocoder(SearchIndex index, DocumentStore documents) {
    this.index = index;
    this.documents = documents;
  }

  /**
   * Runs the query (ignoring its limit) and returns the distinct spans to code, in document and
   * offset order.
   *
   * @throws InvalidInputException if the query has more than {@link #MAX_HITS} hits or does not
   *     parse
   */
  public List<DocumentSpan> spans(SearchQuery query, Expansion expansion) {
    SearchQuery all =
        new SearchQuery(query.text(), query.speaker(), query.document(), query.where(), MAX_HITS);
    var result = index.search(all);
    if (result.totalHits() > MAX_HITS) {
      throw new InvalidInputException(
          "the query has "
              + result.totalHits()
              + " hits; autocoding takes at most "
              + MAX_HITS
              + ", narrow it first");
    }
    return expand(result.hits(), expansion);
  }

  /** Widens hits to their sentence or turn and removes duplicates. */
  public List<DocumentSpan> expand(List<SearchHit> hits, Expansion expansion) {
    Map<DocumentId, Document> cache = new HashMap<>();
    Set<DocumentSpan> out = new LinkedHashSet<>();
    for (SearchHit hit : hits) {
      Span match = new Span(hit.start(), hit.end());
      if (expansion == Expansion.MATCH) {
        out.add(new DocumentSpan(hit.documentId(), match));
        continue;
      }
      Document doc =
          cache.computeIfAbsent(
              hit.documentId(),
              id ->
                  documents
                      .get(id)
                      .orElseThrow(() -> new NotFoundException("no document with id " + id)));
      List<Span> units =
          expansion == Expansion.SENTENCE
              ? doc.sentences().stream().map(Sentence::span).toList()
              : doc.turns().stream().map(Turn::span).toList();
      out.add(new DocumentSpan(hit.documentId(), widen(match, units)));
    }
    List<DocumentSpan> sorted = new ArrayList<>(out);
    sorted.sort(
        java.util.Comparator.comparingLong((DocumentSpan s) -> s.document().value())
            .thenComparingInt(s -> s.span().start())
            .thenComparingInt(s -> s.span().end()));
    return sorted;
  }

  /** The union of the units the match overlaps; the match itself if it overlaps none. */
  static Span widen(Span match, List<Span> units) {
    Optional<Integer> start = Optional.empty();
    Optional<Integer> end = Optional.empty();
    for (Span unit : units) {
      boolean touches = match.length() == 0 ? unit.contains(match.start()) : unit.overlaps(match);
      if (touches) {
        start = Optional.of(Math.min(start.orElse(unit.start()), unit.start()));
        end = Optional.of(Math.max(end.orElse(unit.end()), unit.end()));
      }
    }
    return start.isPresent() ? new Span(start.get(), end.orElseThrow()) : match;
  }
}
