package org.verbatim.core.agreement.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;

/**
 * Lays a codebook out depth first: each parent followed by its subcodes, siblings in store order.
 */
final class CodebookTree {
  private CodebookTree() {}

  /** Every code with its path and domain, in depth-first order. */
  static Map<CodeId, AgreementCode> of(List<Code> codes) {
    Map<Optional<CodeId>, List<Code>> children = new HashMap<>();
    Map<CodeId, Code> byId = new HashMap<>();
    codes.forEach(c -> byId.put(c.id(), c));
    for (Code c : codes) {
      // A code whose parent is not live is shown at the top rather than lost.
      Optional<CodeId> parent = c.parent().filter(byId::containsKey);
      children.computeIfAbsent(parent, x -> new ArrayList<>()).add(c);
    }
    Map<CodeId, AgreementCode> out = new LinkedHashMap<>();
    for (Code top : children.getOrDefault(Optional.<CodeId>empty(), List.of())) {
      walk(top, AgreementCode.topLevel(top.name()), children, out);
    }
    return out;
  }

  private static void walk(
      Code code,
      AgreementCode placed,
      Map<Optional<CodeId>, List<Code>> children,
      Map<CodeId, AgreementCode> out) {
    if (out.containsKey(code.id())) {
      return;
    }
    out.put(code.id(), placed);
    for (Code child : children.getOrDefault(Optional.of(code.id()), List.of())) {
      walk(child, placed.child(child.name()), children, out);
    }
  }
}
