package org.verbatim.core.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingEdit;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Span;
import org.verbatim.core.store.CodingStore;

/**
 * Reading and writing codings as an actor: each coder writes only their own layer, and blind coding
 * hides other coders' layers from coders. Every write is one undoable action.
 */
public final class CodingService {
  /** The most spans one batch may code. */
  public static final int MAX_BATCH = Autocoder.MAX_HITS;

  private final CodingStore codings;
  private final ProjectSettings settings;

  public CodingService(CodingStore codings, ProjectSettings settings) {
    this.codings = codings;
    this.settings = settings;
  }

  /** The layers the actor may see now, narrowed to {@code shown} (empty: all allowed). */
  public Visibility visibility(Actor actor, Set<CoderId> shown) {
    return new Visibility(actor, settings.blindCoding(), shown);
  }

  /** Visible live codings of a document, by start offset. */
  public List<Coding> forDocument(Actor actor, DocumentId document, Set<CoderId> shown) {
    Visibility v = visibility(actor, shown);
    return codings.forDocument(document, Optional.empty()).stream()
        .filter(k -> v.canSee(k.coder()))
        .toList();
  }

  /** Visible live codings of all documents, optionally of one code. */
  public List<Coding> all(Actor actor, Set<CoderId> shown, Optional<CodeId> code) {
    Visibility v = visibility(actor, shown);
    return codings.all(Optional.empty()).stream()
        .filter(k -> v.canSee(k.coder()))
        .filter(k -> code.isEmpty() || k.code().equals(code.get()))
        .toList();
  }

  /**
   * A visible coding.
   *
   * @throws NotFoundException if it does not exist or blind coding hides it (hidden codings are not
   *     acknowledged to exist)
   */
  public Coding get(Actor actor, CodingId id) {
    Coding k = codings.get(id).orElseThrow(() -> new NotFoundException("no coding with id " + id));
    if (visibility(actor, Set.of()).hiddenByBlindCoding(k.coder())) {
      throw new NotFoundException("no coding with id " + id);
    }
    return k;
  }

  /**
   * Codes a span in the actor's layer.
   *
   * @throws InvalidInputException if the range is outside the document or the memo too long
   */
  public Coding create(Actor actor, DocumentId document, CodeId code, Span span, String memo) {
    return codings
        .addAll(
            List.of(new NewCoding(document, code, actor.requireCoder(), span, memo)), actor.name())
        .get(0);
  }

  /**
   * Codes many spans with one code as one undoable action, skipping spans the actor has already
   * coded with that code.
   *
   * @return the codings created (possibly none)
   */
  public List<Coding> createAll(Actor actor, CodeId code, List<DocumentSpan> spans, String memo) {
    CoderId coder = actor.requireCoder();
    if (spans.size() > MAX_BATCH) {
      throw new InvalidInputException(
          "a batch may code at most " + MAX_BATCH + " spans, got " + spans.size());
    }
    Set<DocumentSpan> existing = new HashSet<>();
    for (Coding k : codings.all(Optional.of(coder))) {
      if (k.code().equals(code)) {
        existing.add(new DocumentSpan(k.document(), k.span()));
      }
    }
    List<NewCoding> fresh =
        spans.stream()
            .distinct()
            .filter(s -> !existing.contains(s))
            .map(s -> new NewCoding(s.document(), code, coder, s.span(), memo))
            .toList();
    return codings.addAll(fresh, actor.name());
  }

  /**
   * Changes the range, code or memo of one of the actor's own codings.
   *
   * @throws AccessDeniedException if the coding belongs to another coder
   */
  public Coding edit(Actor actor, CodingId id, long version, CodingEdit edit) {
    own(actor, id);
    return codings.edit(id, version, edit, actor.name());
  }

  /** Soft-deletes one of the actor's own codings and returns its last state. */
  public Coding delete(Actor actor, CodingId id, long version) {
    own(actor, id);
    return codings.delete(id, version, actor.name());
  }

  private void own(Actor actor, CodingId id) {
    Coding k = get(actor, id);
    if (!k.coder().equals(actor.requireCoder())) {
      throw new AccessDeniedException("coding " + id + " belongs to another coder's layer");
    }
  }
}
