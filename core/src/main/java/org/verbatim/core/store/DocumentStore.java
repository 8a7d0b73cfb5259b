package org.verbatim.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;

/** Stored documents: immutable text with its turns and sentences. */
public interface DocumentStore {
  /**
   * Stores a document, its turns and sentences in one transaction.
   *
   * @throws org.verbatim.core.model.ConflictException if the name is taken or the same text (by
   *     SHA-256) was imported before; the message names the earlier document
   */
  DocumentSummary add(DocumentContent content, String actor);

  /** All documents in name order. */
  List<DocumentSummary> list();

  Optional<Document> get(DocumentId id);

  /** The document without its text, turns and sentences (what a length or name check needs). */
  Optional<DocumentSummary> summary(DocumentId id);

  /** The stored text of a document (what an offset check needs, without turns and sentences). */
  Optional<String> text(DocumentId id);

  Optional<Document> byName(String name);

  Optional<DocumentSummary> bySha256(String sha256);

  /**
   * Records that the search index holds these documents as stored. Call it after the index commit:
   * the record then never claims more than the index has.
   */
  void markIndexed(Collection<DocumentId> documents);

  /** Forgets that the search index holds these documents, so that they are indexed again. */
  void markNotIndexed(Collection<DocumentId> documents);

  /** The stored documents the search index is not known to hold, by id. */
  List<DocumentId> notIndexed();
}
