package org.verbatim.core.store;

import java.util.Optional;
import org.verbatim.core.model.DocumentId;

/**
 * Cached annotations of documents as opaque blobs, keyed by document and annotator version. Derived
 * data: writes are not audited, and a blob can always be made again.
 */
public interface AnnotationStore {
  /**
   * The blob stored for {@code document} under {@code version}, if it was made from the text whose
   * SHA-256 is {@code sha256}.
   */
  Optional<byte[]> get(DocumentId document, String version, String sha256);

  /**
   * Stores (or replaces) the blob of {@code document} under {@code version}, in one transaction.
   */
  void put(DocumentId document, String version, String sha256, byte[] blob);
}
