package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Gwet, K.L. (2014). Handbook of Inter-Rater Reliability, 4th ed., through its reference
 * implementation irrCAC 1.0 (by Gwet; README of kgwet/irrCAC, which prints these outputs for the
 * package's datasets). Fixtures: {@code cont3x3abstractors} (two abstractors, 100 subjects), {@code
 * cac.raw4raters} (the Krippendorff 2011 data, 4 raters with missing ratings) and {@code
 * distrib.6raters} (the first 15 subjects of Fleiss 1971). irrCAC prints 5–7 significant digits;
 * tolerances match.
 */
class Gwet2014Test {

  @Test
  void reproducesIrrCacTwoRaterCoefficientsOnAbstractorsTable() {
    UnitStudy study = Studies.twoCoderTable(new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
    assertThat(new CohenKappa(study).value()).isCloseTo(0.7964094, within(1e-7));
    assertThat(new ScottPi(study).value()).isCloseTo(0.7962397, within(1e-7));
    assertThat(new GwetAc1(study).value()).isCloseTo(0.8493305, within(1e-7));
    assertThat(new BrennanPrediger(study).value()).isCloseTo(0.835, within(1e-9));
    assertThat(new KrippendorffAlpha(study, Level.NOMINAL).value())
        .isCloseTo(0.7972585, within(1e-7));
    assertThat(new PercentAgreement(study).gwet()).isCloseTo(0.89, within(1e-12));
    assertThat(new PercentAgreement(study).krippendorff()).isCloseTo(0.89, within(1e-12));
  }

  @Test
  void reproducesIrrCacRawCoefficientsWithMissingRatings() {
    UnitStudy study = Krippendorff2011Test.example();
    PercentAgreement pa = new PercentAgreement(study);
    assertThat(pa.gwet()).isCloseTo(0.8181818, within(1e-7));
    GwetAc1 ac1 = new GwetAc1(study);
    assertThat(ac1.expectedAgreement()).isCloseTo(0.1903212, within(1e-7));
    assertThat(ac1.value()).isCloseTo(0.77544, within(1e-5));
    FleissKappa fleiss = new FleissKappa(study);
    assertThat(fleiss.expectedAgreement()).isCloseTo(0.2387153, within(1e-7));
    assertThat(fleiss.value()).isCloseTo(0.76117, within(1e-5));
    assertThat(new BrennanPrediger(study).value()).isCloseTo(0.77273, within(1e-5));
    assertThat(new KrippendorffAlpha(study, Level.NOMINAL).value())
        .isCloseTo(0.74342, within(1e-5));
  }

  @Test
  void percentAgreementConventionsDifferOnlyWithMissingValues() {
    // The same data: Krippendorff's pairable-values form .800, Gwet's unit average .818.
    PercentAgreement pa = new PercentAgreement(Krippendorff2011Test.example());
    assertThat(pa.krippendorff()).isCloseTo(0.800, within(1e-12));
    assertThat(pa.gwet()).isNotCloseTo(pa.krippendorff(), within(0.01));
  }

  @Test
  void reproducesIrrCacDistributionCoefficientsForSixRaters() {
    int[][] counts = new int[15][];
    System.arraycopy(Fleiss1971Test.COUNTS, 0, counts, 0, 15);
    UnitStudy study = Studies.distribution(6, counts);
    assertThat(new PercentAgreement(study).gwet()).isCloseTo(0.5511111, within(1e-7));
    assertThat(new GwetAc1(study).value()).isCloseTo(0.4448007, within(1e-7));
    assertThat(new FleissKappa(study).value()).isCloseTo(0.4139265, within(1e-7));
    assertThat(new KrippendorffAlpha(study, Level.NOMINAL).value())
        .isCloseTo(0.4204384, within(1e-7));
    assertThat(new BrennanPrediger(study).value()).isCloseTo(0.4388889, within(1e-7));
  }
}
