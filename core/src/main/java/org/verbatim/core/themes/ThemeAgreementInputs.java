package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.core.agreement.project.AgreementCode;
import org.verbatim.core.agreement.project.AgreementInput;
import org.verbatim.core.agreement.project.AgreementInputs;
import org.verbatim.core.agreement.project.AgreementRequest;
import org.verbatim.core.agreement.project.InputDocument;
import org.verbatim.core.agreement.project.SkippedDocument;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.store.ProjectStore;

/**
 * Agreement input on themes instead of codes: every coding counts as a coding of each theme node
 * its code supports, rolled up to the node's ancestor at {@code depth} (0 = top-level themes; a
 * node shallower than the depth stands for itself). The categories are those nodes, in tree order,
 * with their paths; codes linked to no theme drop out. The same statistics as for codes are then
 * computed, so a team sees whether coders agree on themes even where they chose different sibling
 * codes. {@link AgreementRequest#codes()} is ignored.
 */
public final class ThemeAgreementInputs {
  private ThemeAgreementInputs() {}

  /**
   * @throws InvalidInputException for a negative depth, a project without themes, or unknown coders
   *     (naming those present)
   */
  public static AgreementInput fromStore(ProjectStore store, AgreementRequest request, int depth) {
    return fromStore(store, request, depth, Optional.empty());
  }

  /**
   * As {@link #fromStore(ProjectStore, AgreementRequest, int)}, over one document when {@code only}
   * is given (the reconcile page compares coders on the document at hand).
   */
  public static AgreementInput fromStore(
      ProjectStore store, AgreementRequest request, int depth, Optional<DocumentSummary> only) {
    if (depth < 0) {
      throw new InvalidInputException(
          "theme depth must be 0 (top-level themes) or more, not " + depth);
    }
    ThemeTree tree = new ThemeTree(store.themes().list());
    if (tree.nodes().isEmpty()) {
      throw new InvalidInputException("this project has no themes to compare coders on");
    }
    List<Coder> coders = new ArrayList<>();
    for (String name : request.coders()) {
      ResolvedLayer one = Layers.resolve(store, Optional.of(Layer.coder(name)));
      coders.add(one.coders().get(0));
    }
    // categories: rolled-up nodes in tree order
    Map<ThemeId, Integer> category = new LinkedHashMap<>();
    List<AgreementCode> categories = new ArrayList<>();
    for (Theme t : tree.nodes()) {
      Theme target = tree.atDepth(t.id(), depth);
      if (!category.containsKey(target.id())) {
        category.put(target.id(), categories.size());
        List<Theme> line = tree.lineage(target.id());
        categories.add(
            new AgreementCode(
                target.name(), tree.path(target.id()), line.get(0).name(), line.size() - 1));
      }
    }
    // code -> the categories it supports (its own links and its codebook ancestors' links)
    List<Code> codes = store.codes().list();
    Map<CodeId, Code> byId = new HashMap<>();
    codes.forEach(c -> byId.put(c.id(), c));
    Map<CodeId, Set<Integer>> categoriesOf = new HashMap<>();
    for (Theme t : tree.nodes()) {
      int cat = category.get(tree.atDepth(t.id(), depth).id());
      for (CodeId linked : t.codes()) {
        for (Code c : codes) {
          if (isSelfOrBelow(c, linked, byId)) {
            categoriesOf.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(cat);
          }
        }
      }
    }
    List<Map<DocumentId, List<Coding>>> byCoder = new ArrayList<>();
    for (Coder coder : coders) {
      byCoder.add(
          store.codings().all(Optional.of(coder.id())).stream()
              .collect(Collectors.groupingBy(Coding::document)));
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
      for (Span unit : AgreementInputs.units(doc, request.unit())) {
        builder.unit(unit.start(), unit.end());
      }
      for (int c = 0; c < coders.size(); c++) {
        for (Coding coding : byCoder.get(c).get(summary.id())) {
          for (int cat : categoriesOf.getOrDefault(coding.code(), Set.of())) {
            builder.coding(c, cat, coding.span().start(), coding.span().end());
          }
        }
      }
      documents.add(builder.build(categories.size()));
    }
    return new AgreementInput(
        request.coders(),
        request.unit(),
        request.minOverlapPercent(),
        categories,
        documents,
        skipped);
  }

  private static boolean isSelfOrBelow(Code c, CodeId ancestor, Map<CodeId, Code> byId) {
    Optional<CodeId> at = Optional.of(c.id());
    for (int guard = 0; at.isPresent() && guard < 10_000; guard++) {
      if (at.get().equals(ancestor)) {
        return true;
      }
      Code here = byId.get(at.get());
      at = here == null ? Optional.empty() : here.parent();
    }
    return false;
  }
}
