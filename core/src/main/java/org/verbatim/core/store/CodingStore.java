package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;

/** Codings, one layer per coder; deleting is soft. */
public interface CodingStore {
  /**
   * Stores codings in one transaction.
   *
   * @throws org.verbatim.core.model.InvalidInputException if a span lies outside its document
   */
  List<Coding> addAll(List<NewCoding> codings, String actor);

  /** Live codings of a document, of one coder or all, by start offset. */
  List<Coding> forDocument(DocumentId document, Optional<CoderId> coder);

  /** Live codings of all documents, of one coder or all. */
  List<Coding> all(Optional<CoderId> coder);

  Optional<Coding> get(CodingId id);
}
