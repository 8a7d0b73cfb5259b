package org.verbatim.core.themes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.store.DocumentStore;

/**
 * Recently read documents (text, turns, sentences, indexed as {@link DocumentLayout}s), least
 * recently used dropped first. Safe to keep because a document's text never changes after import;
 * its participant can, so callers take participants from a fresh listing, never from a cached
 * document.
 */
public final class DocumentCache {
  private final DocumentStore documents;
  private final Map<DocumentId, DocumentLayout> cache;

  /**
   * @param capacity documents kept (at least 1)
   */
  public DocumentCache(DocumentStore documents, int capacity) {
    this.documents = documents;
    int cap = Math.max(1, capacity);
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<DocumentId, DocumentLayout> eldest) {
            return size() > cap;
          }
        };
  }

  /**
   * @throws NotFoundException if the document does not exist
   */
  public Document get(DocumentId id) {
    return layout(id).document();
  }

  /**
   * @throws NotFoundException if the document does not exist
   */
  public DocumentLayout layout(DocumentId id) {
    synchronized (this) {
      DocumentLayout d = cache.get(id);
      if (d != null) {
        return d;
      }
    }
    // read outside the lock: one slow read must not hold up other requests' cached documents
    Optional<Document> read = documents.get(id);
    DocumentLayout d =
        new DocumentLayout(
            read.orElseThrow(() -> new NotFoundException("no document with id " + id)));
    synchronized (this) {
      cache.put(id, d);
    }
    return d;
  }
}
