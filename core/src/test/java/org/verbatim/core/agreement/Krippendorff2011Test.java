package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability." Annenberg School for
 * Communication Departmental Papers 43 (also Content Analysis, 2004, p. 230; 2019, 4th ed.). The
 * example: 4 observers × 12 units with missing values; published α = .743 (nominal), .815
 * (ordinal), .849 (interval), .797 (ratio). The same four values are asserted by the tests of the
 * {@code krippendorff} Python package (pln-fing-udelar/fast-krippendorff) and nominal/interval by
 * DKPro Statistics' Krippendorff2004Test.
 */
class Krippendorff2011Test {
  static UnitStudy example() {
    return Studies.codersByUnits(
        "1 2 3 3 2 1 4 1 2 * * *", // observer A
        "1 2 3 3 2 2 4 1 2 5 * 3", // observer B
        "* 3 3 3 2 3 4 2 2 5 1 *", // observer C
        "1 2 3 3 2 4 4 1 2 5 1 *"); // observer D
  }

  @Test
  void reproducesNominalAlpha() {
    assertThat(new KrippendorffAlpha(example(), Level.NOMINAL).value())
        .isCloseTo(0.743, within(5e-4));
  }

  @Test
  void reproducesOrdinalAlpha() {
    assertThat(new KrippendorffAlpha(example(), Level.ORDINAL).value())
        .isCloseTo(0.815, within(5e-4));
  }

  @Test
  void reproducesIntervalAlpha() {
    assertThat(new KrippendorffAlpha(example(), Level.INTERVAL).value())
        .isCloseTo(0.849, within(5e-4));
  }

  @Test
  void reproducesRatioAlpha() {
    assertThat(new KrippendorffAlpha(example(), Level.RATIO).value())
        .isCloseTo(0.797, within(5e-4));
  }

  @Test
  void pairableValuesPercentAgreementIsOneMinusNominalObservedDisagreement() {
    // Krippendorff's pairable-values agreement is 1 − D_o: here 40 pairable values, 32 agreeing
    // coincidences → .800; the unit with one value (unit 12) is not pairable.
    UnitStudy study = example();
    double disagreement = new KrippendorffAlpha(study, Level.NOMINAL).observedNominalDisagreement();
    assertThat(new PercentAgreement(study).krippendorff())
        .isCloseTo(1 - disagreement, within(1e-12))
        .isCloseTo(0.800, within(1e-12));
  }
}
