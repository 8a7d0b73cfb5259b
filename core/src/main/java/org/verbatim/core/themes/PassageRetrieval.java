package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.Document;
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
    List<Coding> matching = matching(s, q);
    List<CodedPassage> page = new ArrayList<>();
    for (int i = q.offset(); i < matching.size() && page.size() < q.limit(); i++) {
      page.add(passage(s, matching.get(i)));
    }
    return new PassagePage(page, matching.size(), s.layer().label());
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
  public static List<Coding> matching(LayerSnapshot s, PassageQuery q) {
    Set<CodeId> target = targetCodes(s, q);
    checkAttributes(s, q.where());
    List<Coding> out = new ArrayList<>();
    for (Coding k : s.codingsOf(target)) {
      if (keeps(s, q, k)) {
        out.add(k);
      }
    }
    if (q.and().isPresent()) {
      CodeId other = q.and().get();
      s.code(other).orElseThrow(() -> new NotFoundException("no code with id " + other));
      List<Coding> others = s.codingsOf(s.withSubcodes(other));
      out = out.stream().filter(k -> near(s, k, others, q.near())).toList();
    }
    if (q.sort() == PassageQuery.Sort.PARTICIPANT) {
      out = new ArrayList<>(out);
      out.sort(Comparator.comparing((Coding k) -> s.participantOf(k.document())));
    }
    return out;
  }

  private static boolean keeps(LayerSnapshot s, PassageQuery q, Coding k) {
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

  /** Whether {@code k} has a coding of {@code others} near it in its document. */
  static boolean near(LayerSnapshot s, Coding k, List<Coding> others, Proximity how) {
    List<Coding> sameDocument =
        others.stream()
            .filter(o -> o.document().equals(k.document()) && !o.id().equals(k.id()))
            .toList();
    if (sameDocument.isEmpty()) {
      return false;
    }
    if (how == Proximity.OVERLAP) {
      return sameDocument.stream().anyMatch(o -> o.span().overlaps(k.span()));
    }
    List<Span> units = units(s.text(k.document()), how);
    for (Span unit : units) {
      if (unit.overlaps(k.span()) && sameDocument.stream().anyMatch(o -> o.span().overlaps(unit))) {
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

  /** The coding as a passage with its text and place. */
  public static CodedPassage passage(LayerSnapshot s, Coding k) {
    Document d = s.text(k.document());
    Optional<Turn> turn =
        d.turns().stream()
            .filter(t -> t.span().overlaps(k.span()) || t.span().contains(k.span().start()))
            .findFirst();
    String text = d.text();
    Span span =
        new Span(
            Math.min(k.span().start(), text.length()), Math.min(k.span().end(), text.length()));
    return new CodedPassage(
        k.id(),
        k.document(),
        d.name(),
        s.participant(k.document()).map(Participant::label),
        turn.flatMap(Turn::speaker),
        turn.map(t -> t.index() + 1),
        paragraph(text, span.start()),
        span,
        span.of(text),
        s.code(k.code()).map(c -> c.name()).orElse("code " + k.code()),
        s.coderName(k.coder()),
        k.memo());
  }

  /** The 1-based number of the non-blank line (paragraph) holding {@code offset}. */
  static int paragraph(String text, int offset) {
    int count = 0;
    boolean blank = true;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        if (!blank) {
          count++;
        }
        blank = true;
      } else if (!Character.isWhitespace(ch)) {
        blank = false;
      }
    }
    return count + 1;
  }

  static String names(Set<String> names) {
    return names.stream().sorted().collect(Collectors.joining(", "));
  }
}
