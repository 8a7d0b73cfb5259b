package org.verbatim.core.reconcile;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;

/**
 * What rules may consult beyond the disagreement: the codebook (for parent and child codes), the
 * compared coders by name, and which codes each coder used in the document at hand.
 */
public record RuleContext(
    Map<CodeId, Code> codes,
    Map<String, CoderId> coders,
    Map<CoderId, Set<CodeId>> codesUsedInDocument) {
  public RuleContext {
    codes = Map.copyOf(codes);
    coders = Map.copyOf(coders);
    codesUsedInDocument = Map.copyOf(codesUsedInDocument);
  }

  /** The coders who coded anything in the document at hand. */
  Set<CoderId> codedDocument() {
    return codesUsedInDocument.keySet();
  }

  /** The codes {@code coder} used in the document at hand. */
  Set<CodeId> usedCode(CoderId coder) {
    return codesUsedInDocument.getOrDefault(coder, Set.of());
  }

  /** Whether {@code ancestor} is {@code code}'s parent, grandparent, …. */
  boolean isAncestor(CodeId ancestor, CodeId code) {
    Optional<CodeId> at = Optional.ofNullable(codes.get(code)).flatMap(Code::parent);
    for (int depth = 0; at.isPresent() && depth < 64; depth++) {
      if (at.get().equals(ancestor)) {
        return true;
      }
      at = Optional.ofNullable(codes.get(at.get())).flatMap(Code::parent);
    }
    return false;
  }

  String codeName(CodeId id) {
    return Optional.ofNullable(codes.get(id)).map(Code::name).orElse("code " + id.value());
  }

  RuleContext forDocument(Map<CoderId, Set<CodeId>> used) {
    return new RuleContext(codes, coders, used);
  }
}
