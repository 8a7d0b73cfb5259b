package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Cohen, J. (1960). "A coefficient of agreement for nominal scales." Educational and Psychological
 * Measurement 20(1):37–46. Tables transcribed as in DKPro Statistics' Cohen1960Test: the p. 37
 * table (p_o = .29, p_e = .35) and the p. 45 example (p_o = .70, p_e = .41, κ = .492).
 */
class Cohen1960Test {

  @Test
  void reproducesFirstTableAgreements() {
    CohenKappa kappa =
        new CohenKappa(Studies.twoCoderTable(new int[][] {{25, 12, 3}, {13, 2, 15}, {12, 16, 2}}));
    assertThat(kappa.observedAgreement()).isCloseTo(0.29, within(0.005));
    assertThat(kappa.expectedAgreement()).isCloseTo(0.35, within(0.005));
  }

  @Test
  void reproducesWorkedKappa() {
    CohenKappa kappa =
        new CohenKappa(Studies.twoCoderTable(new int[][] {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}}));
    assertThat(kappa.observedAgreement()).isCloseTo(0.70, within(0.005));
    assertThat(kappa.expectedAgreement()).isCloseTo(0.41, within(0.005));
    assertThat(kappa.value()).isCloseTo(0.492, within(5e-4));
  }
}
