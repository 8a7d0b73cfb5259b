package org.verbatim.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingEdit;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.NewCoding;

/** Codings, one layer per coder; deleting is soft. */
public interface CodingStore {
  /**
   * Stores codings in one transaction. Whether each range fits its document and each code exists is
   * the caller's rule ({@code core.coding.CodingService}); the store only stores.
   */
  List<Coding> addAll(List<NewCoding> codings, String actor);

  /**
   * Stores the codings an import brings in, in one transaction (the caller's, when inside {@code
   * atomically}), in the given order. The import is one action: one audit entry names {@code
   * source}, the number of codings and the range of ids they got, and there is no undo history for
   * them (undoing an import coding by coding would leave its documents and codes behind).
   */
  List<Coding> importAll(List<NewCoding> codings, String actor, String source);

  /** Live codings of a document, of one coder or all, by start offset. */
  List<Coding> forDocument(DocumentId document, Optional<CoderId> coder);

  /** Live codings of all documents, of one coder or all. */
  List<Coding> all(Optional<CoderId> coder);

  /**
   * Live codings of all documents and coders, grouped by document but in no given order within one:
   * for study-wide passes that sort each document's codings themselves, faster than {@link #all}.
   */
  default List<Coding> forStudy() {
    return all(Optional.empty());
  }

  /**
   * Live codings of any of {@code codes}, of all coders, by document, start, end and id. The
   * default filters {@link #all}; stores answer it from an index on the code.
   */
  default List<Coding> forCodes(Collection<CodeId> codes) {
    java.util.Set<CodeId> wanted = java.util.Set.copyOf(codes);
    return all(Optional.empty()).stream().filter(c -> wanted.contains(c.code())).toList();
  }

  /**
   * The places of the live codings of {@code coders}, by document id, start, end and id: one light
   * row per coding, what the evidence views read instead of {@link #all}. The default maps {@link
   * #all}.
   */
  default List<CodedSpan> spans(Collection<CoderId> coders) {
    java.util.Set<CoderId> wanted = java.util.Set.copyOf(coders);
    return all(Optional.empty()).stream()
        .filter(c -> wanted.contains(c.coder()))
        .map(CodedSpan::of)
        .toList();
  }

  /**
   * The places of the live codings of any of {@code codes} by any of {@code coders}, ordered as
   * {@link #spans(Collection)}.
   */
  default List<CodedSpan> spans(Collection<CoderId> coders, Collection<CodeId> codes) {
    java.util.Set<CodeId> wanted = java.util.Set.copyOf(codes);
    return spans(coders).stream().filter(c -> wanted.contains(c.code())).toList();
  }

  /**
   * How many live codings of any of {@code codes} by any of {@code coders} each document holds
   * (documents without one left out): what retrieval pages by. The default counts {@link
   * #spans(Collection, Collection)}.
   */
  default java.util.Map<DocumentId, Integer> countsByDocument(
      Collection<CoderId> coders, Collection<CodeId> codes) {
    java.util.Map<DocumentId, Integer> out = new java.util.HashMap<>();
    for (CodedSpan k : spans(coders, codes)) {
      out.merge(k.document(), 1, Integer::sum);
    }
    return out;
  }

  /**
   * The places of the live codings of any of {@code codes} by any of {@code coders} in these
   * documents only, ordered as {@link #spans(Collection)}: the rows of one page of passages.
   */
  default List<CodedSpan> spansIn(
      Collection<CoderId> coders, Collection<CodeId> codes, Collection<DocumentId> documents) {
    java.util.Set<DocumentId> wanted = java.util.Set.copyOf(documents);
    return spans(coders, codes).stream().filter(c -> wanted.contains(c.document())).toList();
  }

  /** The non-empty memos of these codings, by coding. */
  default java.util.Map<CodingId, String> memos(Collection<CodingId> codings) {
    java.util.Map<CodingId, String> out = new java.util.HashMap<>();
    for (CodingId id : codings) {
      get(id).filter(c -> !c.memo().isEmpty()).ifPresent(c -> out.put(id, c.memo()));
    }
    return out;
  }

  /** The non-empty memos of a document's live codings, by coding. */
  default java.util.Map<CodingId, String> memos(DocumentId document) {
    java.util.Map<CodingId, String> out = new java.util.HashMap<>();
    forDocument(document, Optional.empty()).stream()
        .filter(c -> !c.memo().isEmpty())
        .forEach(c -> out.put(c.id(), c.memo()));
    return out;
  }

  /** Whether {@code coder} has any live coding. */
  default boolean hasLive(CoderId coder) {
    return !all(Optional.of(coder)).isEmpty();
  }

  Optional<Coding> get(CodingId id);

  /**
   * Changes the range, code or memo of a live coding; the range and code are the caller's to check.
   *
   * @throws org.verbatim.core.model.NotFoundException if there is no such live coding
   * @throws org.verbatim.core.model.ConflictException if {@code expectedVersion} is stale
   */
  Coding edit(CodingId id, long expectedVersion, CodingEdit edit, String actor);

  /**
   * Soft-deletes a coding and returns its last state.
   *
   * @throws org.verbatim.core.model.ConflictException if {@code expectedVersion} is stale
   */
  Coding delete(CodingId id, long expectedVersion, String actor);
}
