package org.verbatim.core.agreement.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.verbatim.core.agreement.Statistic;

/**
 * Krippendorff's reading of an alpha (Krippendorff 2004, Content Analysis: An Introduction to Its
 * Methodology, 2nd ed., p. 241): rely on data with α ≥ .800, draw only tentative conclusions from
 * data with .667 ≤ α &lt; .800, and do not rely on data below .667. The value is rounded to three
 * decimals first, as reports print it, so a printed .800 always reads as reliable.
 */
public enum Reading {
  RELIABLE("reliable"),
  TENTATIVE("tentative conclusions only"),
  UNRELIABLE("unreliable");

  private final String label;

  Reading(String label) {
    this.label = label;
  }

  /** The words printed in reports and JSON. */
  public String label() {
    return label;
  }

  /** The reading of {@code alpha}, empty when it is undefined. */
  public static Optional<Reading> of(Statistic alpha) {
    if (!alpha.isDefined()) {
      return Optional.empty();
    }
    double rounded =
        BigDecimal.valueOf(alpha.value().getAsDouble())
            .setScale(3, RoundingMode.HALF_UP)
            .doubleValue();
    if (rounded >= 0.800) {
      return Optional.of(RELIABLE);
    }
    return Optional.of(rounded >= 0.667 ? TENTATIVE : UNRELIABLE);
  }
}
