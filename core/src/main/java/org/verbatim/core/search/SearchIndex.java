package org.verbatim.core.search;

import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Participant;

/** The derived full-text index of a project; it can always be rebuilt from the store. */
public interface SearchIndex extends AutoCloseable {
  /** Indexes (or re-indexes) one document and commits. */
  void index(Document document, Optional<Participant> participant);

  /** Indexes (or re-indexes) several documents and commits once. */
  void indexAll(Iterable<IndexedDocument> documents);

  /** Removes a document and commits. */
  void remove(DocumentId document);

  /** Drops everything and indexes the given documents, committing once at the end. */
  void rebuild(Iterable<IndexedDocument> documents);

  /**
   * Runs a query.
   *
   * @throws org.verbatim.core.model.InvalidInputException when the query text does not parse; the
   *     message says where
   */
  SearchResult search(SearchQuery query);

  /**
   * Runs a query on the entries of the documents in {@code within} only (none: no hits). The
   * project resolves participant-attribute filters to such a set in the store, so that the index
   * holds no participant data and attaching participants needs no re-index.
   *
   * @throws org.verbatim.core.model.InvalidInputException as {@link #search(SearchQuery)}
   */
  SearchResult search(SearchQuery query, Set<DocumentId> within);

  @Override
  void close();
}
