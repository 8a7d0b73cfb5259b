package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Randolph, J.J. (2005). "Free-marginal multirater kappa (multirater κ_free): an alternative to
 * Fleiss' fixed-marginal multirater kappa." Joensuu Learning and Instruction Symposium, p. 17: 3
 * raters, 4 cases, yes/no. Published (two decimals): case 1 Fleiss κ = .33, κ_free = .33; case 2
 * Fleiss κ = −.20 (prevalence paradox), κ_free = .33. Data transcribed as in DKPro Statistics'
 * Randolph2005Test.
 */
class Randolph2005Test {

  @Test
  void balancedCaseGivesEqualKappas() {
    UnitStudy study =
        UnitStudy.of(
            Studies.coders(3),
            new String[][] {
              {"Yes", "Yes", "Yes"}, {"Yes", "Yes", "No"}, {"No", "No", "Yes"}, {"No", "No", "No"}
            });
    assertThat(new FleissKappa(study).value()).isCloseTo(0.33, within(0.005));
    assertThat(new BrennanPrediger(study).value()).isCloseTo(0.33, within(0.005));
  }

  @Test
  void skewedCaseShowsFreeMarginalKappaAvoidsTheParadox() {
    UnitStudy study =
        UnitStudy.of(
            Studies.coders(3),
            new String[][] {
              {"Yes", "Yes", "Yes"},
              {"Yes", "Yes", "No"},
              {"Yes", "Yes", "No"},
              {"Yes", "Yes", "Yes"}
            });
    assertThat(new FleissKappa(study).value()).isCloseTo(-0.20, within(0.005));
    assertThat(new BrennanPrediger(study).value()).isCloseTo(0.33, within(0.005));
  }
}
