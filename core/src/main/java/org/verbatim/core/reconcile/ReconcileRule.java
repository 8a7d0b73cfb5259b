package org.verbatim.core.reconcile;

import java.util.Optional;

/**
 * A reconciliation rule the owner states once and applies to many disagreements: it either claims a
 * disagreement (settling it, or, for a "leave open" rule, keeping later rules off it) or passes.
 * Rules are tried in the order given; the first that claims a disagreement wins.
 */
public sealed interface ReconcileRule permits SameCodeRule, ParentChildRule, OnlyOneCoderRule {

  /** The rule in the syntax {@link RuleSyntax#parse} reads, canonical form. */
  String text();

  /** What the rule does with {@code d}, or empty when it does not apply. */
  Optional<RuleSettlement> settle(Disagreement d, RuleContext context);
}
