package org.verbatim.core.reconcile;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.ConsensusSpan;

/**
 * "Only one coder coded it, and the other never coded that document": a passage only some compared
 * coders coded, where the silent coders' silence is as wide as {@code scope} says: by default
 * ({@link Scope#DOCUMENT}) they coded nothing at all in the document (so their silence means "not
 * done", not "absent"); with {@link Scope#CODE} they never used that code in the document; with
 * {@link Scope#PASSAGE} they merely did not code the passage (every only-one-coder disagreement).
 * {@code keep} accepts the coders who coded it; otherwise the disagreement is claimed and left
 * open, so no later rule settles it.
 */
public record OnlyOneCoderRule(boolean keep, Scope scope) implements ReconcileRule {

  /** How far the other coders' silence must reach. */
  public enum Scope {
    DOCUMENT,
    CODE,
    PASSAGE
  }

  public OnlyOneCoderRule(boolean keep) {
    this(keep, Scope.DOCUMENT);
  }

  @Override
  public String text() {
    return "only-one-coder take="
        + (keep ? "keep" : "open")
        + (scope == Scope.DOCUMENT
            ? ""
            : " scope=" + scope.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public Optional<RuleSettlement> settle(Disagreement d, RuleContext context) {
    if (d.kind() != DisagreementKind.ONLY_ONE_CODER) {
      return Optional.empty();
    }
    List<Side> silent = d.sides().stream().filter(Side::isEmpty).toList();
    if (silent.isEmpty() || !silentEnough(d, silent, context)) {
      return Optional.empty();
    }
    if (!keep) {
      return Optional.of(RuleSettlement.leaveOpen());
    }
    Side coded = d.sides().stream().filter(s -> !s.isEmpty()).findFirst().orElseThrow();
    List<ConsensusSpan> consensus =
        coded.passages().stream()
            .map(Passage::coding)
            .map(k -> new ConsensusSpan(k.code(), k.span(), sources(d, k)))
            .toList();
    return Optional.of(
        new RuleSettlement(Optional.of(Outcome.accept(coded.coder())), consensus, "kept as coded"));
  }

  private boolean silentEnough(Disagreement d, List<Side> silent, RuleContext context) {
    return switch (scope) {
      case DOCUMENT -> silent.stream().noneMatch(s -> context.codedDocument().contains(s.coder()));
      case CODE ->
          d.codings().stream()
              .allMatch(
                  k ->
                      silent.stream()
                          .noneMatch(s -> context.usedCode(s.coder()).contains(k.code())));
      case PASSAGE -> true;
    };
  }

  /** With three or more coders the coders who coded it agree exactly: all their codings. */
  private static List<org.verbatim.core.model.CodingId> sources(Disagreement d, Coding k) {
    return d.codings().stream()
        .filter(c -> c.span().equals(k.span()) && c.code().equals(k.code()))
        .map(Coding::id)
        .toList();
  }
}
