package org.verbatim.core.project;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.search.IndexedDocument;
import org.verbatim.core.search.SearchHit;
import org.verbatim.core.search.SearchIndex;
import org.verbatim.core.search.SearchQuery;
import org.verbatim.core.search.SearchResult;
import org.verbatim.core.store.ProjectStore;

/**
 * The project's search: the index finds the text, the store answers everything about participants.
 * A query's participant-attribute filters ({@code where}) become the set of documents whose
 * participant has those attributes (names and values compared ignoring case), and each hit's
 * participant label is the document's current one, so that attaching or editing participants is a
 * store write of milliseconds that search sees at once, with no re-index and while a server runs.
 */
final class ParticipantSearch implements SearchIndex {
  private final SearchIndex index;
  private final ProjectStore store;

  ParticipantSearch(SearchIndex index, ProjectStore store) {
    this.index = index;
    this.store = store;
  }

  @Override
  public SearchResult search(SearchQuery query) {
    if (query.where().isEmpty()) {
      return withLabels(index.search(query));
    }
    SearchQuery textOnly =
        new SearchQuery(query.text(), query.speaker(), query.document(), Map.of(), query.limit());
    return withLabels(
        index.search(textOnly, matching(query.where(), store.participants().byDocument())));
  }

  @Override
  public SearchResult search(SearchQuery query, Set<DocumentId> within) {
    Set<DocumentId> ids = new HashSet<>(within);
    if (!query.where().isEmpty()) {
      ids.retainAll(matching(query.where(), store.participants().byDocument()));
    }
    SearchQuery textOnly =
        new SearchQuery(query.text(), query.speaker(), query.document(), Map.of(), query.limit());
    return withLabels(index.search(textOnly, ids));
  }

  /**
   * The documents whose participant has every attribute in {@code where}.
   *
   * @throws InvalidInputException naming an attribute no participant has, with the known ones
   */
  private static Set<DocumentId> matching(
      Map<String, String> where, Map<DocumentId, Participant> participants) {
    Set<String> known = new TreeSet<>();
    for (Participant p : participants.values()) {
      p.attributes()
          .forEach(
              (k, v) -> {
                if (!k.isBlank() && !v.isBlank()) {
                  known.add(fold(k));
                }
              });
    }
    for (String name : where.keySet()) {
      if (!known.contains(fold(name))) {
        throw new InvalidInputException(
            "no participant has the attribute '"
                + name
                + "'; "
                + (known.isEmpty() ? "no participant has attributes" : "known: " + known));
      }
    }
    Set<DocumentId> ids = new HashSet<>();
    participants.forEach(
        (document, p) -> {
          if (hasAll(p, where)) {
            ids.add(document);
          }
        });
    return ids;
  }

  private static boolean hasAll(Participant participant, Map<String, String> where) {
    for (Map.Entry<String, String> w : where.entrySet()) {
      boolean found = false;
      for (Map.Entry<String, String> a : participant.attributes().entrySet()) {
        if (fold(a.getKey()).equals(fold(w.getKey()))
            && fold(a.getValue()).equals(fold(w.getValue()))) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  /** Each hit's participant label as the store has it now (only the hits' documents are read). */
  private SearchResult withLabels(SearchResult result) {
    Map<DocumentId, Optional<String>> labels = new java.util.HashMap<>();
    for (SearchHit h : result.hits()) {
      labels.computeIfAbsent(
          h.documentId(), id -> store.participants().forDocument(id).map(Participant::label));
    }
    List<SearchHit> hits =
        result.hits().stream()
            .map(
                h ->
                    new SearchHit(
                        h.documentId(),
                        h.document(),
                        labels.getOrDefault(h.documentId(), Optional.empty()),
                        h.speaker(),
                        h.turn(),
                        h.start(),
                        h.end(),
                        h.match(),
                        h.before(),
                        h.after()))
            .toList();
    return new SearchResult(hits, result.totalHits(), result.totalExact());
  }

  @Override
  public void index(Document document, Optional<Participant> participant) {
    index.index(document, participant);
  }

  @Override
  public void indexAll(Iterable<IndexedDocument> documents) {
    index.indexAll(documents);
  }

  @Override
  public void remove(DocumentId document) {
    index.remove(document);
  }

  @Override
  public void rebuild(Iterable<IndexedDocument> documents) {
    index.rebuild(documents);
  }

  /** Closes nothing: the project owns the index and closes it. */
  @Override
  public void close() {}
}
