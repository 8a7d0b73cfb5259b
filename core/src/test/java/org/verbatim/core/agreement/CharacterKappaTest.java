package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Character-level kappa as NVivo's coding comparison defines it, checked by hand. */
class CharacterKappaTest {

  @Test
  void computesKappaAndBothPercentAgreements() {
    // L = 10; A codes [0,4) x, B codes [2,6) x: both 2, A only 2, B only 2, neither 4.
    // p_o = 6/10; p_A = p_B = 0.4; p_e = 0.4·0.4 + 0.6·0.6 = 0.52; κ = 0.08/0.48 = 1/6.
    // Over coded text only: 2 of the 6 characters either coded → 1/3.
    UnitizedStudy study =
        UnitizedStudy.of(
            10, Map.of("A", List.of(new Segment(0, 4, "x")), "B", List.of(new Segment(2, 6, "x"))));
    CharacterKappa kappa = new CharacterKappa(study, "x");
    assertThat(kappa.kappa()).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(kappa.percentAgreementAll()).isCloseTo(0.6, within(1e-12));
    assertThat(kappa.percentAgreementCoded()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void uncodedTextInflatesAgreementOverAllText() {
    UnitizedStudy study =
        UnitizedStudy.of(
            10_000,
            Map.of("A", List.of(new Segment(0, 10, "x")), "B", List.of(new Segment(10, 20, "x"))));
    CharacterKappa kappa = new CharacterKappa(study, "x");
    assertThat(kappa.percentAgreementAll()).isGreaterThan(0.99);
    assertThat(kappa.percentAgreementCoded()).isZero();
    assertThat(kappa.kappa()).isLessThan(0);
  }

  @Test
  void categoryNobodyUsedHasUndefinedKappa() {
    UnitizedStudy study =
        UnitizedStudy.of(10, Map.of("A", List.of(new Segment(0, 4, "x")), "B", List.of()));
    CharacterAgreement result = new CharacterKappa(study, "y").result();
    assertThat(result.kappa().reason())
        .hasValueSatisfying(r -> assertThat(r).contains("neither coder"));
    assertThat(result.percentAgreementAll().value()).hasValue(1.0);
  }

  @Test
  void overlappingSegmentsOfOneCoderCountOnce() {
    UnitizedStudy study =
        UnitizedStudy.of(
            10,
            Map.of(
                "A", List.of(new Segment(0, 4, "x"), new Segment(2, 6, "x")),
                "B", List.of(new Segment(0, 6, "x"))));
    assertThat(new CharacterKappa(study, "x").kappa()).isEqualTo(1.0);
  }
}
