package org.verbatim.core.project;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.store.DocumentStore;

/**
 * Reading a project's documents: the listing with participants, and one document's immutable text
 * with its turns and sentences. Documents come in through {@link DocumentImporter}.
 */
public final class DocumentService {
  private final DocumentStore documents;

  public DocumentService(DocumentStore documents) {
    this.documents = documents;
  }

  /** All documents in name order. */
  public List<DocumentSummary> list() {
    return documents.list();
  }

  /**
   * One document with its text, turns and sentences.
   *
   * @throws NotFoundException if there is no such document
   */
  public Document get(DocumentId id) {
    return documents.get(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
  }

  /** The document of that name, if any. */
  public Optional<Document> byName(String name) {
    return documents.byName(name);
  }
}
