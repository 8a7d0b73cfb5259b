package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.Turn;
import org.verbatim.core.search.SearchHit;
import org.verbatim.core.search.SearchIndex;
import org.verbatim.core.search.SearchQuery;
import org.verbatim.core.search.SearchResult;
import org.verbatim.core.store.ProjectStore;

/**
 * Search with code and coder filters, applied over the codings rather than inside the index: a hit
 * is kept when a live coding of the code (or its subcodes), by the coder if one is named, overlaps
 * it. With no search text but a code, the code's passages themselves are the hits (in document
 * order, the coded text as the match). Without code or coder it is the index's own search.
 */
public final class CodedSearch {
  /** Hits read from the index before filtering by codings. */
  static final int SCAN = SearchResult.EXACT_COUNT_LIMIT;

  private static final int CONTEXT = 60;

  private final SearchIndex index;
  private final ProjectStore store;

  public CodedSearch(SearchIndex index, ProjectStore store) {
    this.index = index;
    this.store = store;
  }

  /**
   * @throws InvalidInputException for an unknown code or coder, or for empty text without a code
   */
  public SearchResult search(SearchQuery q) {
    if (!q.filtersCodings()) {
      return index.search(q);
    }
    List<Coding> codings = codings(q);
    if (q.text().isBlank()) {
      if (q.code().isEmpty()) {
        throw new InvalidInputException("give search words, or a code whose passages to list");
      }
      return passages(q, codings);
    }
    SearchResult wide =
        index.search(new SearchQuery(q.text(), q.speaker(), q.document(), q.where(), SCAN));
    Map<DocumentId, List<Coding>> byDoc = new HashMap<>();
    codings.forEach(c -> byDoc.computeIfAbsent(c.document(), d -> new ArrayList<>()).add(c));
    List<SearchHit> kept = new ArrayList<>();
    int total = 0;
    for (SearchHit h : wide.hits()) {
      boolean coded =
          byDoc.getOrDefault(h.documentId(), List.of()).stream()
              .anyMatch(c -> c.span().start() < h.end() && h.start() < c.span().end());
      if (coded) {
        total++;
        if (kept.size() < q.limit()) {
          kept.add(h);
        }
      }
    }
    boolean exact = wide.totalExact() && wide.hits().size() == wide.totalHits();
    return new SearchResult(kept, total, exact);
  }

  private List<Coding> codings(SearchQuery q) {
    Optional<Coder> coder =
        q.coder()
            .map(
                name ->
                    store
                        .coders()
                        .byName(name.strip())
                        .orElseThrow(
                            () -> new InvalidInputException("unknown coder '" + name + "'")));
    List<Coding> codings;
    if (q.code().isPresent()) {
      CodeId code = CodeNames.find(store.codes().list(), q.code().get()).id();
      Set<CodeId> codes =
          new LayerSnapshot(
                  Layers.resolve(store, Optional.of(Layer.all())),
                  List.of(),
                  store.codes().list(),
                  new ThemeTree(List.of()),
                  List.of(),
                  List.of(),
                  new DocumentCache(store.documents(), 1),
                  LayerSnapshot.Memos.NONE)
              .withSubcodes(code);
      codings = store.codings().forCodes(codes);
    } else {
      codings = store.codings().all(Optional.of(coder.orElseThrow().id()));
    }
    return coder.isEmpty()
        ? codings
        : codings.stream().filter(c -> c.coder().equals(coder.get().id())).toList();
  }

  private SearchResult passages(SearchQuery q, List<Coding> codings) {
    Map<DocumentId, DocumentSummary> docs = new HashMap<>();
    store.documents().list().forEach(d -> docs.put(d.id(), d));
    List<Coding> ordered = new ArrayList<>(codings);
    ordered.sort(
        java.util.Comparator.comparing((Coding c) -> docs.get(c.document()).name())
            .thenComparingInt(c -> c.span().start())
            .thenComparingLong(c -> c.id().value()));
    List<SearchHit> hits = new ArrayList<>();
    int total = 0;
    Map<DocumentId, Document> texts = new HashMap<>();
    for (Coding c : ordered) {
      DocumentSummary d = docs.get(c.document());
      if (q.document().isPresent() && !q.document().get().equals(d.name())) {
        continue;
      }
      if (!matches(d.participant(), q.where())) {
        continue;
      }
      Document doc =
          texts.computeIfAbsent(c.document(), id -> store.documents().get(id).orElseThrow());
      Optional<Turn> turn =
          doc.turns().stream().filter(t -> t.span().overlaps(c.span())).findFirst();
      if (q.speaker().isPresent() && !turn.flatMap(Turn::speaker).equals(q.speaker())) {
        continue;
      }
      total++;
      if (hits.size() < q.limit()) {
        String text = doc.text();
        int start = Math.min(c.span().start(), text.length());
        int end = Math.min(c.span().end(), text.length());
        hits.add(
            new SearchHit(
                d.id(),
                d.name(),
                d.participant().map(Participant::label),
                turn.flatMap(Turn::speaker),
                turn.map(Turn::index).orElse(0),
                start,
                end,
                text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT))));
      }
    }
    return new SearchResult(hits, total, true);
  }

  private static boolean matches(Optional<Participant> p, Map<String, String> where) {
    for (Map.Entry<String, String> e : where.entrySet()) {
      if (p.isEmpty() || !p.get().attribute(e.getKey()).map(e.getValue()::equals).orElse(false)) {
        return false;
      }
    }
    return true;
  }
}
