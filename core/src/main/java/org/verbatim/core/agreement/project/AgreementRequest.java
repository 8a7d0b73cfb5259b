package org.verbatim.core.agreement.project;

import java.util.List;
import java.util.Objects;
import org.verbatim.core.model.InvalidInputException;

/**
 * What to compare in a project: the coders (at least two, by name), the unit, the codes (names or
 * paths {@code Parent > Child}; a parent includes its subcodes; empty means every code) and, for
 * unit data, the share of a unit's characters a coder's codings of a code must cover for the unit
 * to count as coded with it ({@code minOverlapPercent} in [0, 100]; 0 means at least one
 * character).
 */
public record AgreementRequest(
    List<String> coders, AgreementUnit unit, List<String> codes, double minOverlapPercent) {

  /** Most coders compared at once; the pooled statistics tally every coder pattern. */
  public static final int MAX_CODERS = 10;

  /**
   * @throws InvalidInputException for fewer than two or more than {@link #MAX_CODERS} coders, a
   *     coder named twice, or an overlap outside [0, 100]
   */
  public AgreementRequest {
    coders = List.copyOf(coders);
    codes = List.copyOf(codes);
    Objects.requireNonNull(unit);
    if (coders.size() < 2) {
      throw new InvalidInputException("comparing needs at least two coders; got " + coders.size());
    }
    if (coders.size() > MAX_CODERS) {
      throw new InvalidInputException(
          "at most " + MAX_CODERS + " coders can be compared at once; got " + coders.size());
    }
    if (coders.stream().distinct().count() != coders.size()) {
      throw new InvalidInputException("a coder is named twice in " + String.join(",", coders));
    }
    if (!(minOverlapPercent >= 0 && minOverlapPercent <= 100)) {
      throw new InvalidInputException(
          "the minimum overlap must lie in [0, 100] percent, not " + minOverlapPercent);
    }
  }

  /** Every code, at least one character of overlap. */
  public static AgreementRequest of(List<String> coders, AgreementUnit unit) {
    return new AgreementRequest(coders, unit, List.of(), 0);
  }
}
