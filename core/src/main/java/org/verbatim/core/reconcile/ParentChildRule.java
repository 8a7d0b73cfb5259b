package org.verbatim.core.reconcile;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.ConsensusSpan;

/**
 * "Same passage, parent and child codes → take the child": settles a different-codes disagreement
 * of two coders who each gave the exact same passage one code, one of which is a subcode (at any
 * depth) of the other, by accepting the coder who chose the more specific code.
 */
public record ParentChildRule() implements ReconcileRule {

  @Override
  public String text() {
    return "parent-child take=child";
  }

  @Override
  public Optional<RuleSettlement> settle(Disagreement d, RuleContext context) {
    if (d.kind() != DisagreementKind.DIFFERENT_CODES || d.sides().size() != 2) {
      return Optional.empty();
    }
    Side a = d.sides().get(0);
    Side b = d.sides().get(1);
    if (a.passages().size() != 1 || b.passages().size() != 1) {
      return Optional.empty();
    }
    Coding x = a.passages().get(0).coding();
    Coding y = b.passages().get(0).coding();
    Side child;
    Coding kept;
    if (context.isAncestor(x.code(), y.code())) {
      child = b;
      kept = y;
    } else if (context.isAncestor(y.code(), x.code())) {
      child = a;
      kept = x;
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new RuleSettlement(
            Optional.of(Outcome.accept(child.coder())),
            List.of(new ConsensusSpan(kept.code(), kept.span(), List.of(kept.id()))),
            "the subcode " + context.codeName(kept.code())));
  }
}
