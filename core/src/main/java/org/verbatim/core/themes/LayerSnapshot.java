package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.store.ProjectStore;

/**
 * One layer's live codings read at one moment, with the documents, participants, codebook and theme
 * tree they are read against: the input of every evidence view.
 *
 * <p>Participants: each document counts for its participant's label; a document without a
 * participant counts as a participant of its own, labelled by the document name. {@link #of()} is
 * the number of such participants in the whole project, coded or not.
 */
public final class LayerSnapshot {
  private final ResolvedLayer layer;
  private final List<DocumentSummary> documents;
  private final Map<DocumentId, DocumentSummary> byDocument = new HashMap<>();
  private final List<Code> codes;
  private final Map<CodeId, Code> byCode = new HashMap<>();
  private final Map<CodeId, List<CodeId>> subcodes = new HashMap<>();
  private final ThemeTree tree;
  private final List<CodedSpan> codings;
  private final Map<CodeId, List<CodedSpan>> codingsByCode = new HashMap<>();
  private final Map<DocumentId, List<CodedSpan>> codingsByDocument = new HashMap<>();
  private final Map<DocumentId, String> participantOf = new HashMap<>();
  private final Map<CoderId, String> coderNames = new HashMap<>();
  private final DocumentCache texts;
  private final Memos memos;
  private final Set<String> participants = new TreeSet<>();
  private final Map<String, Participant> participantsByLabel = new HashMap<>();

  /**
   * @param documents every document of the project, in name order
   * @param codings the layer's live codings (any order; by document, start, end and id, as {@link
   *     org.verbatim.core.store.CodingStore#spans} reads them, is the cheapest)
   * @param coders every coder of the project
   * @param memos reads the memos of the codings a view shows (snapshots carry spans only)
   */
  public LayerSnapshot(
      ResolvedLayer layer,
      List<DocumentSummary> documents,
      List<Code> codes,
      ThemeTree tree,
      List<CodedSpan> codings,
      List<Coder> coders,
      DocumentCache texts,
      Memos memos) {
    this.memos = memos;
    this.layer = layer;
    this.documents = List.copyOf(documents);
    this.documents.forEach(d -> byDocument.put(d.id(), d));
    this.codes = List.copyOf(codes);
    codes.forEach(c -> byCode.put(c.id(), c));
    for (Code c : codes) {
      c.parent()
          .filter(byCode::containsKey)
          .ifPresent(p -> subcodes.computeIfAbsent(p, k -> new ArrayList<>()).add(c.id()));
    }
    this.tree = tree;
    Set<CoderId> in = layer.coderIds();
    // grouped by document, then the documents in name order: linear where the input comes sorted
    // by document id and offsets, instead of a sort comparing document names
    Map<DocumentId, List<CodedSpan>> grouped = new HashMap<>();
    for (CodedSpan k : codings) {
      if (in.contains(k.coder())
          && byCode.containsKey(k.code())
          && byDocument.containsKey(k.document())) {
        grouped.computeIfAbsent(k.document(), d -> new ArrayList<>()).add(k);
      }
    }
    List<CodedSpan> ordered = new ArrayList<>();
    for (DocumentSummary d : this.documents) {
      List<CodedSpan> here = grouped.get(d.id());
      if (here != null) {
        here.sort(IN_DOCUMENT);
        List<CodedSpan> fixed = java.util.Collections.unmodifiableList(here);
        codingsByDocument.put(d.id(), fixed);
        ordered.addAll(fixed);
      }
    }
    this.codings = java.util.Collections.unmodifiableList(ordered);
    this.codings.forEach(
        k -> codingsByCode.computeIfAbsent(k.code(), x -> new ArrayList<>()).add(k));
    coders.forEach(c -> coderNames.put(c.id(), c.name()));
    this.texts = texts;
    for (DocumentSummary d : this.documents) {
      String label = d.participant().map(Participant::label).orElse(d.name());
      participantOf.put(d.id(), label);
      participants.add(label);
      d.participant().ifPresent(p -> participantsByLabel.put(p.label(), p));
    }
  }

  /** Codings within one document: by start, end and id. */
  static final Comparator<CodedSpan> IN_DOCUMENT =
      Comparator.comparingInt((CodedSpan k) -> k.span().start())
          .thenComparingInt(k -> k.span().end())
          .thenComparingLong(k -> k.id().value());

  /** Reads the memos of codings; a coding without a memo is left out. */
  @FunctionalInterface
  public interface Memos {
    /** For snapshots whose views show no memo (counts, matrices). */
    Memos NONE = codings -> Map.of();

    Map<org.verbatim.core.model.CodingId, String> of(
        java.util.Collection<org.verbatim.core.model.CodingId> codings);
  }

  /** Reads the layer's snapshot from {@code store}. */
  public static LayerSnapshot load(ProjectStore store, ResolvedLayer layer, DocumentCache texts) {
    return new LayerSnapshot(
        layer,
        store.documents().list(),
        store.codes().list(),
        new ThemeTree(store.themes().list()),
        store.codings().spans(layer.coderIds()),
        store.coders().list(),
        texts,
        store.codings()::memos);
  }

  /** The memos of these codings that have one, by coding. */
  public Map<org.verbatim.core.model.CodingId, String> memos(
      java.util.Collection<org.verbatim.core.model.CodingId> codings) {
    return memos.of(codings);
  }

  public ResolvedLayer layer() {
    return layer;
  }

  /** Every document, in name order. */
  public List<DocumentSummary> documents() {
    return documents;
  }

  public Optional<DocumentSummary> document(DocumentId id) {
    return Optional.ofNullable(byDocument.get(id));
  }

  /** The document's text, turns and sentences (read once, then cached). */
  public Document text(DocumentId id) {
    return texts.get(id);
  }

  /** The document indexed for lookups by offset (read once, then cached). */
  public DocumentLayout layout(DocumentId id) {
    return texts.layout(id);
  }

  /** Live codes, in codebook order. */
  public List<Code> codes() {
    return codes;
  }

  public Optional<Code> code(CodeId id) {
    return Optional.ofNullable(byCode.get(id));
  }

  public ThemeTree tree() {
    return tree;
  }

  /** The layer's live codings in document order (document name, start, end, id). */
  public List<CodedSpan> codings() {
    return codings;
  }

  /** The layer's codings of exactly this code (not its subcodes), in document order. */
  public List<CodedSpan> codingsOf(CodeId code) {
    return codingsByCode.getOrDefault(code, List.of());
  }

  /** The layer's codings of any of these codes, in document order. */
  public List<CodedSpan> codingsOf(Set<CodeId> codes) {
    return codings.stream().filter(k -> codes.contains(k.code())).toList();
  }

  /** The layer's codings in one document, by start, end and id. */
  public List<CodedSpan> codingsIn(DocumentId document) {
    return codingsByDocument.getOrDefault(document, List.of());
  }

  public String coderName(CoderId id) {
    return coderNames.getOrDefault(id, "coder " + id);
  }

  /** The code with all its subcodes in the codebook. */
  public Set<CodeId> withSubcodes(CodeId code) {
    Set<CodeId> out = new LinkedHashSet<>();
    addWithSubcodes(code, out);
    return out;
  }

  private void addWithSubcodes(CodeId code, Set<CodeId> out) {
    if (out.add(code)) {
      subcodes.getOrDefault(code, List.of()).forEach(c -> addWithSubcodes(c, out));
    }
  }

  /**
   * The codes that support a node: those linked to it or to any node below it, each with its
   * subcodes.
   */
  public Set<CodeId> supportingCodes(ThemeId node) {
    Set<CodeId> out = new LinkedHashSet<>();
    tree.linkedCodes(node).forEach(c -> addWithSubcodes(c, out));
    return out;
  }

  /** The participant label a document counts for (its document name when it has none). */
  public String participantOf(DocumentId id) {
    String label = participantOf.get(id);
    return label == null ? "document " + id : label;
  }

  /** The document's participant, if it has one. */
  public Optional<Participant> participant(DocumentId id) {
    DocumentSummary d = byDocument.get(id);
    return d == null ? Optional.empty() : d.participant();
  }

  /** Participant labels of the whole project, sorted. */
  public Set<String> participants() {
    return java.util.Collections.unmodifiableSet(participants);
  }

  /** The participant of that label, if the label is a participant's (not a document name). */
  public Optional<Participant> participantLabelled(String label) {
    return Optional.ofNullable(participantsByLabel.get(label));
  }

  /** The number of participants in the project: the "of" in "12 of 19". */
  public int of() {
    return participants.size();
  }
}
