package org.verbatim.core.agreement.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.store.ProjectStore;

/**
 * Reads a project's documents, codebook and live codings into an {@link AgreementInput}, applying
 * the definitions of {@link AgreementDefinitions}: the selected codes with their subcodes, units of
 * the requested kind, and only the documents every selected coder has coded.
 */
public final class AgreementInputs {
  private AgreementInputs() {}

  /**
   * Builds the input for {@code request} from {@code store}.
   *
   * @throws InvalidInputException naming unknown coders (with the coders present) or unknown codes
   */
  public static AgreementInput fromStore(ProjectStore store, AgreementRequest request) {
    return read(store, coders(store, request.coders()), request, Optional.empty());
  }

  /**
   * Builds the input for {@code coders} (in the order of {@code request.coders()}, whose names they
   * carry) from the whole project or, with {@code only}, from that one document alone: nothing of
   * the other documents is read.
   */
  static AgreementInput read(
      ProjectStore store,
      List<Coder> coders,
      AgreementRequest request,
      Optional<DocumentSummary> only) {
    List<Code> codebook = store.codes().list();
    Map<CodeId, AgreementCode> tree = CodebookTree.of(codebook);
    Map<CodeId, Integer> selected = select(tree, codebook, request.codes());
    List<AgreementCode> codes = new ArrayList<>();
    selected.keySet().forEach(id -> codes.add(tree.get(id)));
    List<Map<DocumentId, List<Coding>>> byCoder = new ArrayList<>();
    for (Coder coder : coders) {
      List<Coding> codings =
          only.isPresent()
              ? store.codings().forDocument(only.get().id(), Optional.of(coder.id()))
              : store.codings().all(Optional.of(coder.id()));
      byCoder.add(codings.stream().collect(Collectors.groupingBy(Coding::document)));
    }
    List<InputDocument> documents = new ArrayList<>();
    List<SkippedDocument> skipped = new ArrayList<>();
    for (DocumentSummary summary : only.map(List::of).orElseGet(store.documents()::list)) {
      List<String> missing = new ArrayList<>();
      for (int c = 0; c < coders.size(); c++) {
        if (!byCoder.get(c).containsKey(summary.id())) {
          missing.add(coders.get(c).name());
        }
      }
      if (!missing.isEmpty()) {
        skipped.add(new SkippedDocument(summary.name(), missing));
        continue;
      }
      Document doc = store.documents().get(summary.id()).orElseThrow();
      InputDocument.Builder builder = InputDocument.builder(doc.name(), doc.text().length());
      for (Span unit : units(doc, request.unit())) {
        builder.unit(unit.start(), unit.end());
      }
      for (int c = 0; c < coders.size(); c++) {
        for (Coding coding : byCoder.get(c).get(summary.id())) {
          Integer code = selected.get(coding.code());
          if (code != null) {
            builder.coding(c, code, coding.span().start(), coding.span().end());
          }
        }
      }
      documents.add(builder.build(codes.size()));
    }
    return new AgreementInput(
        request.coders(), request.unit(), request.minOverlapPercent(), codes, documents, skipped);
  }

  private static List<Coder> coders(ProjectStore store, List<String> names) {
    List<Coder> present = store.coders().list();
    Map<String, Coder> byName = new HashMap<>();
    present.forEach(c -> byName.put(c.name(), c));
    List<String> unknown = names.stream().filter(n -> !byName.containsKey(n)).toList();
    if (!unknown.isEmpty()) {
      String known =
          present.isEmpty()
              ? "this project has no coders yet"
              : "coders in this project: "
                  + present.stream().map(Coder::name).sorted().collect(Collectors.joining(", "));
      throw new InvalidInputException(
          (unknown.size() == 1 ? "unknown coder '" : "unknown coders '")
              + String.join("', '", unknown)
              + "'; "
              + known);
    }
    return names.stream().map(byName::get).toList();
  }

  /** Selected codes in codebook order, each with its index among them. */
  private static Map<CodeId, Integer> select(
      Map<CodeId, AgreementCode> tree, List<Code> codes, List<String> wanted) {
    Set<CodeId> chosen = new HashSet<>();
    if (wanted.isEmpty()) {
      chosen.addAll(tree.keySet());
    } else {
      Map<CodeId, List<CodeId>> children = new HashMap<>();
      codes.forEach(
          c ->
              c.parent()
                  .ifPresent(p -> children.computeIfAbsent(p, x -> new ArrayList<>()).add(c.id())));
      for (String name : wanted) {
        String key = name.strip();
        List<CodeId> matches =
            tree.entrySet().stream()
                .filter(e -> e.getValue().name().equals(key) || e.getValue().path().equals(key))
                .map(Map.Entry::getKey)
                .toList();
        if (matches.isEmpty()) {
          throw new InvalidInputException(
              "unknown code '"
                  + key
                  + "'; codes are "
                  + tree.values().stream()
                      .map(AgreementCode::name)
                      .distinct()
                      .sorted(Comparator.naturalOrder())
                      .collect(Collectors.joining(", ")));
        }
        matches.forEach(id -> addWithDescendants(id, children, chosen));
      }
    }
    Map<CodeId, Integer> selected = new LinkedHashMap<>();
    for (CodeId id : tree.keySet()) {
      if (chosen.contains(id)) {
        selected.put(id, selected.size());
      }
    }
    return selected;
  }

  private static void addWithDescendants(
      CodeId id, Map<CodeId, List<CodeId>> children, Set<CodeId> chosen) {
    if (chosen.add(id)) {
      children.getOrDefault(id, List.of()).forEach(c -> addWithDescendants(c, children, chosen));
    }
  }

  /** The document's units of {@code unit}'s kind, sorted by start. */
  public static List<Span> units(Document doc, AgreementUnit unit) {
    List<Span> spans =
        switch (unit) {
          case SENTENCE -> doc.sentences().stream().map(Sentence::span).toList();
          case TURN -> doc.turns().stream().map(Turn::span).toList();
          case PARAGRAPH -> paragraphs(doc.text());
          case DOCUMENT -> List.of(new Span(0, doc.text().length()));
          case CHARACTER -> List.of();
        };
    return spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
  }

  /**
   * Paragraphs: the text between line breaks, without surrounding whitespace; a blank line is no
   * paragraph.
   */
  static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int s = lineStart;
        int e = i;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          out.add(new Span(s, e));
        }
        lineStart = i + 1;
      }
    }
    return out;
  }
}
