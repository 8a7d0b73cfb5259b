package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Fleiss, J.L. (1971). "Measuring nominal scale agreement among many raters." Psychological
 * Bulletin 76(5):378–382, Table 1 (p. 379): 30 patients, 6 psychiatrists each, 5 diagnoses
 * (depression, personality disorder, schizophrenia, neurosis, other). Published: P̄ = .556, P̄_e =
 * .220, κ = .430. (The 10-subject/14-rater table often quoted with κ = .210 is Wikipedia's
 * illustration, not Fleiss' example.)
 */
class Fleiss1971Test {
  /** Raters per category for each subject, transcribed from Table 1. */
  static final int[][] COUNTS = {
    {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
    {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
    {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
    {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
    {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
    {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6}
  };

  @Test
  void reproducesPublishedKappa() {
    FleissKappa kappa = new FleissKappa(Studies.distribution(6, COUNTS));
    assertThat(kappa.observedAgreement()).isCloseTo(0.556, within(5e-4));
    assertThat(kappa.expectedAgreement()).isCloseTo(0.220, within(5e-4));
    assertThat(kappa.value()).isCloseTo(0.430, within(5e-4));
  }
}
