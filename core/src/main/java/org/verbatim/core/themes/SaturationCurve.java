package org.verbatim.core.themes;

import java.util.List;
import java.util.Optional;

/**
 * Codes in interview order: for each interview (document) the codes it is first to use, the
 * cumulative number of distinct codes, and the saturation point: the 1-based number of the first
 * interview after which {@code k} successive interviews add no new code (empty if none is reached).
 * {@code rule} states the rule in words, {@code order} how interviews were ordered.
 */
public record SaturationCurve(
    String layer, String order, int k, List<Step> steps, Optional<Integer> point, String rule) {

  /** One interview: its document, participant, the codes new with it, and the running total. */
  public record Step(
      int number, String document, String participant, List<String> newCodes, int cumulative) {
    public Step {
      newCodes = List.copyOf(newCodes);
    }
  }

  public SaturationCurve {
    steps = List.copyOf(steps);
  }
}
