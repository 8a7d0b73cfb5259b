package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/**
 * Retrieves the coded passages a {@link PassageQuery} asks for from a {@link LayerSnapshot}. Texts
 * are read only for the page returned (and, for "AND" by sentence or turn, for the documents
 * compared).
 */
public final class PassageRetrieval {
  private PassageRetrieval() {}

  /**
   * @throws NotFoundException if the query's code or theme is not in the snapshot
   * @throws InvalidInputException if a {@code where} attribute is held by no participant
   */
  public static PassagePage find(LayerSnapshot s, PassageQuery q) {
    List<CodedSpan> matching = matching(s, q);
    List<CodedSpan> shown =
        matching.subList(
            Math.min(q.offset(), matching.size()),
            (int) Math.min((long) q.offset() + q.limit(), matching.size()));
    // memos for the page only: the snapshot carries spans
    Map<CodingId, String> memos = s.memos(shown.stream().map(CodedSpan::id).toList());
    List<CodedPassage> page = new ArrayList<>();
    for (CodedSpan k : shown) {
      page.add(passage(s, k, memos.getOrDefault(k.id(), "")));
    }
    return new PassagePage(page, matching.size(), s.layer().label());
  }

  /** Reads a layer's codings a document at a time: what {@link #findPaged} pages with. */
  public interface Spans {
    /** Live codings of these codes by these coders, counted per document. */
    Map<DocumentId, Integer> counts(Set<CoderId> coders, Set<CodeId> codes);

    /** Live codings of these codes by these coders in these documents (any order). */
    List<CodedSpan> in(Set<CoderId> coders, Set<CodeId> codes, Set<DocumentId> documents);

    static Spans of(org.verbatim.core.store.CodingStore store) {
      return new Spans() {
        @Override
        public Map<DocumentId, Integer> counts(Set<CoderId> coders, Set<CodeId> codes) {
          return store.countsByDocument(coders, codes);
        }

        @Override
        public List<CodedSpan> in(
            Set<CoderId> coders, Set<CodeId> codes, Set<DocumentId> documents) {
          return store.spansIn(coders, codes, documents);
        }
      };
    }
  }

  /** Whether {@link #findPaged} answers this query ("AND" retrieval compares whole layers). */
  public static boolean pageable(PassageQuery q) {
    return q.and().isEmpty();
  }

  /**
   * The same page as {@link #find}, without reading the layer's codings: every filter but "AND"
   * keeps or drops whole documents or coders, and both orders are orders of documents (document
   * order: document name; by participant: participant label, then document name, as {@link
   * #matching}'s stable sort leaves them), each document's codings by start, end and id. So the
   * codings are counted per document, the documents the page reaches found from the counts, and
   * only their codings read.
   *
   * @param outline the layer's snapshot with documents, codes, tree and coders but no codings
   * @throws IllegalArgumentException for an "AND" query (see {@link #pageable})
   */
  public static PassagePage findPaged(LayerSnapshot outline, PassageQuery q, Spans spans) {
    if (!pageable(q)) {
      throw new IllegalArgumentException("an AND query is not paged by document");
    }
    Set<CodeId> target = targetCodes(outline, q);
    checkAttributes(outline, q.where());
    Set<CoderId> coders = new java.util.HashSet<>();
    for (var c : outline.layer().coders()) {
      if (q.coders().isEmpty() || q.coders().contains(c.name())) {
        coders.add(c.id());
      }
    }
    List<org.verbatim.core.model.DocumentSummary> documents = new ArrayList<>();
    for (var d : outline.documents()) {
      if (keepsDocument(outline, q, d.id())) {
        documents.add(d);
      }
    }
    if (q.sort() == PassageQuery.Sort.PARTICIPANT) {
      documents.sort(Comparator.comparing(d -> outline.participantOf(d.id())));
    }
    Map<DocumentId, Integer> counts =
        coders.isEmpty() || target.isEmpty() ? Map.of() : spans.counts(coders, target);
    long from = q.offset();
    long to = (long) q.offset() + q.limit();
    int total = 0;
    int skip = 0;
    List<DocumentId> reached = new ArrayList<>();
    for (var d : documents) {
      int n = counts.getOrDefault(d.id(), 0);
      if (n > 0 && total + n > from && total < to) {
        if (reached.isEmpty()) {
          skip = (int) (from - total);
        }
        reached.add(d.id());
      }
      total += n;
    }
    List<CodedSpan> shown = new ArrayList<>();
    if (!reached.isEmpty()) {
      Map<DocumentId, List<CodedSpan>> byDocument = new HashMap<>();
      for (CodedSpan k : spans.in(coders, target, Set.copyOf(reached))) {
        byDocument.computeIfAbsent(k.document(), x -> new ArrayList<>()).add(k);
      }
      List<CodedSpan> ordered = new ArrayList<>();
      for (DocumentId d : reached) {
        List<CodedSpan> here = byDocument.getOrDefault(d, List.of());
        here.sort(LayerSnapshot.IN_DOCUMENT);
        ordered.addAll(here);
      }
      shown =
          ordered.subList(
              Math.min(skip, ordered.size()), Math.min(skip + q.limit(), ordered.size()));
    }
    Map<CodingId, String> memos = outline.memos(shown.stream().map(CodedSpan::id).toList());
    List<CodedPassage> page = new ArrayList<>();
    for (CodedSpan k : shown) {
      page.add(passage(outline, k, memos.getOrDefault(k.id(), "")));
    }
    return new PassagePage(page, total, outline.layer().label());
  }

  /** {@link #keeps}'s document filters: document name, participant and attributes. */
  private static boolean keepsDocument(LayerSnapshot s, PassageQuery q, DocumentId document) {
    if (!q.documents().isEmpty()
        && !q.documents().contains(s.document(document).orElseThrow().name())) {
      return false;
    }
    if (!q.participants().isEmpty() && !q.participants().contains(s.participantOf(document))) {
      return false;
    }
    if (!q.where().isEmpty()) {
      Optional<Participant> p = s.participant(document);
      for (Map.Entry<String, String> e : q.where().entrySet()) {
        if (p.isEmpty() || !p.get().attribute(e.getKey()).map(e.getValue()::equals).orElse(false)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The codes a query targets: the code with its subcodes, or every code supporting the node. */
  public static Set<CodeId> targetCodes(LayerSnapshot s, PassageQuery q) {
    if (q.code().isPresent()) {
      CodeId code = q.code().get();
      s.code(code).orElseThrow(() -> new NotFoundException("no code with id " + code));
      return s.withSubcodes(code);
    }
    var theme = q.theme().orElseThrow();
    s.tree().get(theme).orElseThrow(() -> new NotFoundException("no theme with id " + theme));
    return s.supportingCodes(theme);
  }

  /** Every coding the query matches, in the query's order (before paging). */
  public static List<CodedSpan> matching(LayerSnapshot s, PassageQuery q) {
    Set<CodeId> target = targetCodes(s, q);
    checkAttributes(s, q.where());
    List<CodedSpan> out = new ArrayList<>();
    for (CodedSpan k : s.codingsOf(target)) {
      if (keeps(s, q, k)) {
        out.add(k);
      }
    }
    if (q.and().isPresent()) {
      CodeId other = q.and().get();
      s.code(other).orElseThrow(() -> new NotFoundException("no code with id " + other));
      Map<DocumentId, List<CodedSpan>> others = new HashMap<>();
      for (CodedSpan o : s.codingsOf(s.withSubcodes(other))) {
        others.computeIfAbsent(o.document(), d -> new ArrayList<>()).add(o);
      }
      out =
          out.stream()
              .filter(k -> near(s, k, others.getOrDefault(k.document(), List.of()), q.near()))
              .toList();
    }
    if (q.sort() == PassageQuery.Sort.PARTICIPANT) {
      out = new ArrayList<>(out);
      out.sort(Comparator.comparing((CodedSpan k) -> s.participantOf(k.document())));
    }
    return out;
  }

  private static boolean keeps(LayerSnapshot s, PassageQuery q, CodedSpan k) {
    if (!q.coders().isEmpty() && !q.coders().contains(s.coderName(k.coder()))) {
      return false;
    }
    if (!q.documents().isEmpty()
        && !q.documents().contains(s.document(k.document()).orElseThrow().name())) {
      return false;
    }
    if (!q.participants().isEmpty() && !q.participants().contains(s.participantOf(k.document()))) {
      return false;
    }
    if (!q.where().isEmpty()) {
      Optional<Participant> p = s.participant(k.document());
      for (Map.Entry<String, String> e : q.where().entrySet()) {
        if (p.isEmpty() || !p.get().attribute(e.getKey()).map(e.getValue()::equals).orElse(false)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code k} has a coding of {@code others} near it; {@code others} are codings in k's
   * document by start, as the snapshot orders them.
   */
  static boolean near(LayerSnapshot s, CodedSpan k, List<CodedSpan> others, Proximity how) {
    if (others.isEmpty()) {
      return false;
    }
    if (how == Proximity.OVERLAP) {
      return anyOverlapping(others, k.span(), k);
    }
    DocumentLayout d = s.layout(k.document());
    List<Span> units = d.units(how);
    int[] range = d.overlapping(how, k.span());
    for (int u = range[0]; u < range[1]; u++) {
      if (anyOverlapping(others, units.get(u), k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a coding of {@code sorted} (by start) other than {@code self} overlaps {@code span}:
   * only those starting before the span's end can, found by binary search.
   */
  private static boolean anyOverlapping(List<CodedSpan> sorted, Span span, CodedSpan self) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).span().start() < span.end()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = 0; i < lo; i++) {
      CodedSpan o = sorted.get(i);
      if (!o.id().equals(self.id()) && o.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /** A document's sentences or turns as spans. */
  static List<Span> units(Document d, Proximity how) {
    return switch (how) {
      case SENTENCE -> d.sentences().stream().map(Sentence::span).toList();
      case TURN -> d.turns().stream().map(Turn::span).toList();
      case OVERLAP -> List.of();
    };
  }

  private static void checkAttributes(LayerSnapshot s, Map<String, String> where) {
    if (where.isEmpty()) {
      return;
    }
    Set<String> known = new TreeSet<>();
    s.documents()
        .forEach(d -> d.participant().ifPresent(p -> known.addAll(p.attributes().keySet())));
    for (String name : where.keySet()) {
      if (!known.contains(name)) {
        throw new InvalidInputException(
            "no participant has the attribute '"
                + name
                + "'; "
                + (known.isEmpty()
                    ? "participants have no attributes"
                    : "attributes are " + String.join(", ", known)));
      }
    }
  }

  /**
   * The coding as a passage with its text and place; turn and paragraph are found by binary search
   * over the document's offsets.
   */
  public static CodedPassage passage(LayerSnapshot s, CodedSpan k, String memo) {
    DocumentLayout d = s.layout(k.document());
    Optional<Turn> turn = d.turn(k.span());
    Span span = d.clip(k.span());
    return new CodedPassage(
        k.id(),
        k.document(),
        d.document().name(),
        s.participant(k.document()).map(Participant::label),
        turn.flatMap(Turn::speaker),
        turn.map(t -> t.index() + 1),
        d.paragraph(span.start()),
        span,
        span.of(d.text()),
        s.code(k.code()).map(c -> c.name()).orElse("code " + k.code()),
        s.coderName(k.coder()),
        memo);
  }

  static String names(Set<String> names) {
    return names.stream().sorted().collect(Collectors.joining(", "));
  }
}
