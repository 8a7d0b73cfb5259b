package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Conger, A.J. (1980). "Integration and generalization of kappas for multiple raters."
 * Psychological Bulletin 88(2):322–328, in Gwet's formulation for missing ratings (Gwet 2014,
 * Handbook of Inter-Rater Reliability, 4th ed.). Reference outputs of irrCAC {@code
 * conger.kappa.raw}: on {@code cac.raw4raters} (Gwet 2014 p. 120, 4 raters, 12 subjects, missing
 * ratings) the README of kgwet/irrCAC prints p_a = 0.8181818, p_e = 0.2334252, κ = 0.76282; the
 * Python port's tests (afergadis/irrCAC {@code test/unit/irrCAC/raw/test_conger.py}) give, to three
 * decimals, {@code raw_gender} (4 raters, 15 subjects) p_a = .456, p_e = .347, κ = .166.
 */
class Conger1980Test {

  /**
   * {@code cac.raw4raters} as irrCAC ships it. It differs from Krippendorff's (2011) layout of the
   * same data only in who gave unit 12 its single value (rater 3 here, observer B there), which
   * changes no pairable value but does change rater 3's and B's marginals, hence Conger's p_e.
   */
  static UnitStudy rawFourRaters() {
    return Studies.codersByUnits(
        "1 2 3 3 2 1 4 1 2 * * *",
        "1 2 3 3 2 2 4 1 2 5 * *",
        "* 3 3 3 2 3 4 2 2 5 1 3",
        "1 2 3 3 2 4 4 1 2 5 1 *");
  }

  @Test
  void reproducesIrrCacWithMissingRatings() {
    CongerKappa kappa = new CongerKappa(rawFourRaters());
    assertThat(kappa.observedAgreement()).isCloseTo(0.8181818, within(1e-7));
    assertThat(kappa.expectedAgreement()).isCloseTo(0.2334252, within(1e-7));
    assertThat(kappa.value()).isCloseTo(0.76282, within(1e-5));
  }

  @Test
  void reproducesIrrCacOnFourRatersWithoutMissingRatings() {
    CongerKappa kappa = new CongerKappa(LightKappaHandExampleTest.gender());
    assertThat(kappa.observedAgreement()).isCloseTo(0.456, within(5e-4));
    assertThat(kappa.expectedAgreement()).isCloseTo(0.347, within(5e-4));
    assertThat(kappa.value()).isCloseTo(0.166, within(5e-4));
  }

  @Test
  void equalsCohensKappaForTwoCodersWithNothingMissing() {
    UnitStudy study = Studies.twoCoderTable(Gwet2014WeightedTest.ABSTRACTORS);
    assertThat(new CongerKappa(study).value())
        .isCloseTo(new CohenKappa(study).value(), within(1e-12));
  }
}
