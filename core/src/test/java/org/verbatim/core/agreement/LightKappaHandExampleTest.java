package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Light's kappa (Light 1971, Psychological Bulletin 76(5):365–377) is the mean of the pairwise
 * Cohen's kappas. No published Light's kappa for a dataset we hold was available, so this test is
 * HAND-DERIVED, not published: on irrCAC's {@code raw_gender} ratings (4 raters, 15 subjects,
 * categories a, b, c; Gwet 2014) the six pairwise kappas in exact fractions are 12/37, 3/23, 3/28,
 * 2/47, −4/161 and 4/9, mean 10321699/60475464 = 0.170675813…, computed with this Python script:
 *
 * <pre>
 * from fractions import Fraction as F; from itertools import combinations
 * def cohen(x, y):
 *     n = len(x); po = F(sum(a == b for a, b in zip(x, y)), n)
 *     pe = sum(F(x.count(c), n) * F(y.count(c), n) for c in set(x) | set(y))
 *     return (po - pe) / (1 - pe)
 * ks = [cohen(R[a], R[b]) for a, b in combinations(range(4), 2)]; print(sum(ks) / 6)
 * </pre>
 *
 * The pairwise Cohen's kappa it averages is itself tested against Cohen (1960) and irrCAC.
 */
class LightKappaHandExampleTest {

  static UnitStudy gender() {
    return Studies.codersByUnits(
        "a a a a a b b b c a a a a a b",
        "a a a a b a b c c a a a a b a",
        "a b b c a a b b c a b b c a a",
        "c c c c a a b b c c c c c a a");
  }

  @Test
  void isTheMeanOfTheSixPairwiseKappas() {
    assertThat(new LightKappa(gender()).value()).isCloseTo(10321699.0 / 60475464.0, within(1e-12));
  }

  @Test
  void equalsCohensKappaForTwoCoders() {
    UnitStudy study = Studies.twoCoderTable(Gwet2014WeightedTest.ABSTRACTORS);
    assertThat(new LightKappa(study).value())
        .isCloseTo(new CohenKappa(study).value(), within(1e-12));
  }

  @Test
  void namesThePairForWhichItIsUndefined() {
    UnitStudy study = Studies.codersByUnits("a a a", "a b c", "a a a");
    assertThatThrownBy(() -> new LightKappa(study).value())
        .isInstanceOf(UndefinedStatisticException.class)
        .hasMessageContaining("C1 and C3")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("NaN"));
  }
}
