package org.verbatim.core.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.ConsensusSpan;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Span;

/**
 * "Same code, boundaries a little apart": settles a boundary disagreement in which, code by code,
 * every compared coder has exactly one passage, and those passages' starts and ends differ by at
 * most {@code within} characters or they overlap by at least {@code overlap} percent (intersection
 * over union; either condition suffices when both are given). The consensus gets, per code, the
 * union of the passages, their intersection, or the named coder's passage.
 */
public record SameCodeRule(OptionalInt within, OptionalDouble overlap, Take take, String coder)
    implements ReconcileRule {

  /** Which span the consensus gets. */
  public enum Take {
    UNION,
    INTERSECTION,
    CODER
  }

  public SameCodeRule {
    if (within.isEmpty() && overlap.isEmpty()) {
      throw new InvalidInputException(
          "rule same-code needs within=N (characters) or overlap=P (percent), or both");
    }
    if (within.isPresent() && within.getAsInt() < 0) {
      throw new InvalidInputException("rule same-code: within must be 0 or more characters");
    }
    if (overlap.isPresent() && !(overlap.getAsDouble() > 0 && overlap.getAsDouble() <= 100)) {
      throw new InvalidInputException("rule same-code: overlap must lie in (0, 100] percent");
    }
    if ((take == Take.CODER) == coder.isEmpty()) {
      throw new InvalidInputException("rule same-code: take=CODER needs the coder's name");
    }
  }

  @Override
  public String text() {
    StringBuilder b = new StringBuilder("same-code");
    within.ifPresent(n -> b.append(" within=").append(n));
    overlap.ifPresent(p -> b.append(" overlap=").append(number(p)));
    b.append(" take=").append(take == Take.CODER ? coder : take.name().toLowerCase(Locale.ROOT));
    return b.toString();
  }

  @Override
  public Optional<RuleSettlement> settle(Disagreement d, RuleContext context) {
    if (d.kind() != DisagreementKind.DIFFERENT_BOUNDARIES) {
      return Optional.empty();
    }
    Optional<CoderId> chosen = Optional.empty();
    if (take == Take.CODER) {
      CoderId id = context.coders().get(coder);
      if (id == null) {
        throw new InvalidInputException(
            "rule '" + text() + "' names coder '" + coder + "', who is not compared");
      }
      chosen = Optional.of(id);
    }
    // code → the one passage each coder gave it, in side order
    Map<CodeId, Map<CoderId, Coding>> byCode = new LinkedHashMap<>();
    for (Side side : d.sides()) {
      Map<CodeId, Integer> seen = new HashMap<>();
      for (Passage p : side.passages()) {
        Coding k = p.coding();
        if (seen.merge(k.code(), 1, Integer::sum) > 1) {
          return Optional.empty(); // two passages of one code: not a boundary nuance
        }
        byCode.computeIfAbsent(k.code(), c -> new LinkedHashMap<>()).put(side.coder(), k);
      }
    }
    List<ConsensusSpan> consensus = new ArrayList<>();
    List<String> said = new ArrayList<>();
    for (Map.Entry<CodeId, Map<CoderId, Coding>> e : byCode.entrySet()) {
      Map<CoderId, Coding> passages = e.getValue();
      if (passages.size() != d.sides().size() || !close(passages.values())) {
        return Optional.empty();
      }
      Optional<Span> span = span(passages, chosen);
      if (span.isEmpty()) {
        return Optional.empty();
      }
      consensus.add(
          new ConsensusSpan(
              e.getKey(), span.get(), passages.values().stream().map(Coding::id).toList()));
      said.add(context.codeName(e.getKey()));
    }
    if (consensus.isEmpty()) {
      return Optional.empty();
    }
    // Several codes in one cluster cannot be a single merge, so the outcome is recorded as a
    // merge under the first code and the consensus spans carry every code.
    Outcome outcome =
        take == Take.CODER
            ? Outcome.accept(chosen.orElseThrow())
            : Outcome.merge(consensus.get(0).code()).withSpan(consensus.get(0).span());
    String how =
        switch (take) {
          case UNION -> "union";
          case INTERSECTION -> "intersection";
          case CODER -> coder + "'s passage";
        };
    return Optional.of(new RuleSettlement(Optional.of(outcome), consensus, how + " of " + said));
  }

  private boolean close(java.util.Collection<Coding> passages) {
    List<Span> spans = passages.stream().map(Coding::span).toList();
    int minStart = Integer.MAX_VALUE;
    int maxStart = Integer.MIN_VALUE;
    int minEnd = Integer.MAX_VALUE;
    int maxEnd = Integer.MIN_VALUE;
    for (Span s : spans) {
      minStart = Math.min(minStart, s.start());
      maxStart = Math.max(maxStart, s.start());
      minEnd = Math.min(minEnd, s.end());
      maxEnd = Math.max(maxEnd, s.end());
    }
    boolean near =
        within.isPresent()
            && maxStart - minStart <= within.getAsInt()
            && maxEnd - minEnd <= within.getAsInt();
    int common = minEnd - maxStart;
    int spanned = maxEnd - minStart;
    boolean overlapping =
        overlap.isPresent()
            && common > 0
            && 100.0 * common / spanned >= overlap.getAsDouble() - 1e-9;
    return near || overlapping;
  }

  private Optional<Span> span(Map<CoderId, Coding> passages, Optional<CoderId> chosen) {
    int minStart = Integer.MAX_VALUE;
    int maxStart = Integer.MIN_VALUE;
    int minEnd = Integer.MAX_VALUE;
    int maxEnd = Integer.MIN_VALUE;
    for (Coding k : passages.values()) {
      minStart = Math.min(minStart, k.span().start());
      maxStart = Math.max(maxStart, k.span().start());
      minEnd = Math.min(minEnd, k.span().end());
      maxEnd = Math.max(maxEnd, k.span().end());
    }
    return switch (take) {
      case UNION -> Optional.of(new Span(minStart, maxEnd));
      case INTERSECTION ->
          maxStart < minEnd ? Optional.of(new Span(maxStart, minEnd)) : Optional.empty();
      case CODER -> Optional.of(passages.get(chosen.orElseThrow()).span());
    };
  }

  private static String number(double p) {
    return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
  }
}
