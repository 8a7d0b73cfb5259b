package org.verbatim.core.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingEdit;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.TextRules;
import org.verbatim.core.store.CodeStore;
import org.verbatim.core.store.CoderStore;
import org.verbatim.core.store.CodingStore;
import org.verbatim.core.store.DocumentStore;

/**
 * Reading and writing codings as an actor: each coder writes only their own layer, and blind coding
 * hides other coders' layers from coders. A coding's document and code must exist and its range
 * must fit the document's text. Every write is one undoable action.
 */
public final class CodingService {
  /** The most spans one batch may code. */
  public static final int MAX_BATCH = Autocoder.MAX_HITS;

  private final CodingStore codings;
  private final DocumentStore documents;
  private final CodeStore codes;
  private final CoderStore coders;
  private final Autocoder autocoder;
  private final ProjectSettings settings;

  public CodingService(
      CodingStore codings,
      DocumentStore documents,
      CodeStore codes,
      CoderStore coders,
      Autocoder autocoder,
      ProjectSettings settings) {
    this.codings = codings;
    this.documents = documents;
    this.codes = codes;
    this.coders = coders;
    this.autocoder = autocoder;
    this.settings = settings;
  }

  /**
   * A coding range from two offsets.
   *
   * @throws InvalidInputException unless 0 <= start < end
   */
  public static Span range(int start, int end) {
    if (start < 0 || end <= start) {
      throw new InvalidInputException(
          "coding range [" + start + ", " + end + ") must satisfy 0 <= start < end");
    }
    return new Span(start, end);
  }

  /** Every coder layer of the project (the consensus layer included once it exists). */
  public List<Coder> coders() {
    return coders.list();
  }

  /** The layers the actor may see now, narrowed to {@code shown} (empty: all allowed). */
  public Visibility visibility(Actor actor, Set<CoderId> shown) {
    return new Visibility(actor, settings.blindCoding(), shown);
  }

  /**
   * Visible live codings of a document, by start offset.
   *
   * @throws NotFoundException if there is no such document
   */
  public List<Coding> forDocument(Actor actor, DocumentId document, Set<CoderId> shown) {
    summary(document);
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
   * @throws NotFoundException if the document or the code does not exist
   */
  public Coding create(Actor actor, DocumentId document, CodeId code, Span span, String memo) {
    CoderId coder = actor.requireCoder();
    requireCode(code);
    fitsWholeCharacters(span, summary(document));
    return codings
        .addAll(List.of(new NewCoding(document, code, coder, span, memo)), actor.name())
        .get(0);
  }

  /**
   * Codes what {@code source} names with one code, as one undoable action: explicit spans, or the
   * hits of a search widened to their match, sentence or turn.
   *
   * @return the codings created (possibly none)
   * @throws InvalidInputException if a span does not fit its document, there are too many, or the
   *     search has more than {@link Autocoder#MAX_HITS} hits or does not parse
   * @throws NotFoundException if the code or a document does not exist
   */
  public List<Coding> codeAll(Actor actor, CodeId code, CodingSource source, String memo) {
    actor.requireCoder();
    requireCode(code);
    List<DocumentSpan> spans =
        source instanceof CodingSource.SearchResults r
            ? autocoder.spans(r.query(), r.expansion())
            : ((CodingSource.Spans) source).spans();
    return createAll(actor, code, spans, memo);
  }

  /**
   * Codes many spans with one code as one undoable action, skipping spans the actor has already
   * coded with that code.
   *
   * @return the codings created (possibly none)
   * @throws InvalidInputException if a span does not fit its document or there are too many
   * @throws NotFoundException if the code or a document does not exist
   */
  public List<Coding> createAll(Actor actor, CodeId code, List<DocumentSpan> spans, String memo) {
    CoderId coder = actor.requireCoder();
    if (spans.size() > MAX_BATCH) {
      throw new InvalidInputException(
          "a batch may code at most " + MAX_BATCH + " spans, got " + spans.size());
    }
    requireCode(code);
    Map<DocumentId, DocumentSummary> seen = new HashMap<>();
    Map<DocumentId, String> texts = new HashMap<>();
    for (DocumentSpan s : spans) {
      DocumentSummary d = seen.computeIfAbsent(s.document(), this::summary);
      fits(s.span(), d);
      String text = texts.computeIfAbsent(s.document(), this::text);
      TextRules.wholeCharacters(text, s.span(), "'" + d.name() + "'");
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
   * @throws InvalidInputException if the new range does not fit the document
   * @throws NotFoundException if the coding or the new code does not exist
   */
  public Coding edit(Actor actor, CodingId id, long version, CodingEdit edit) {
    Coding k = own(actor, id);
    edit.code().ifPresent(this::requireCode);
    if (edit.span().isPresent()) {
      fitsWholeCharacters(edit.span().get(), summary(k.document()));
    }
    return codings.edit(id, version, edit, actor.name());
  }

  /** Soft-deletes one of the actor's own codings and returns its last state. */
  public Coding delete(Actor actor, CodingId id, long version) {
    own(actor, id);
    return codings.delete(id, version, actor.name());
  }

  private Coding own(Actor actor, CodingId id) {
    Coding k = get(actor, id);
    if (!k.coder().equals(actor.requireCoder())) {
      throw new AccessDeniedException("coding " + id + " belongs to another coder's layer");
    }
    return k;
  }

  private DocumentSummary summary(DocumentId id) {
    return documents
        .summary(id)
        .orElseThrow(() -> new NotFoundException("no document with id " + id));
  }

  private String text(DocumentId id) {
    return documents.text(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
  }

  /** The range fits the document and never starts or ends inside a surrogate pair. */
  private void fitsWholeCharacters(Span span, DocumentSummary document) {
    fits(span, document);
    TextRules.wholeCharacters(text(document.id()), span, "'" + document.name() + "'");
  }

  private Code requireCode(CodeId id) {
    return codes.get(id).orElseThrow(() -> new NotFoundException("no code with id " + id));
  }

  /** A coding's range lies within its document's stored text (UTF-16 offsets, end exclusive). */
  private static void fits(Span span, DocumentSummary document) {
    if (span.start() >= span.end() || span.end() > document.length()) {
      throw new InvalidInputException(
          "coding range ["
              + span.start()
              + ", "
              + span.end()
              + ") must satisfy 0 <= start < end <= "
              + document.length()
              + " (length of document '"
              + document.name()
              + "')");
    }
  }
}
