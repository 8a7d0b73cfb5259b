package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;

/**
 * Weighted Cohen's kappa (Cohen 1968) and Gwet's AC2 (Gwet 2014, Handbook of Inter-Rater
 * Reliability, 4th ed., ch. 3) with linear and quadratic weights, against the outputs of Gwet's
 * reference implementation irrCAC as its Python port (afergadis/irrCAC, tests {@code
 * test/unit/irrCAC/table/test_cohen.py} and {@code test_gwet.py}) prints them, to three decimals:
 * {@code cont3x3abstractors} (Gwet 2014; 100 pregnancies, 2 abstractors) and {@code
 * cont4x4diagnosis} (223 patients, clinical against research diagnosis). The categories are in the
 * tables' order. Three printed decimals, so the tolerance is half a unit in the third.
 */
class Gwet2014WeightedTest {
  static final int[][] ABSTRACTORS = {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};
  static final int[][] DIAGNOSIS = {{40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}};

  private static double kappa(int[][] table, Weighting w) {
    UnitStudy study = Studies.twoCoderTable(table);
    return new WeightedKappa(study, CategoryOrder.of(study, Optional.empty()), w).value();
  }

  private static double ac2(int[][] table, Weighting w) {
    UnitStudy study = Studies.twoCoderTable(table);
    return new GwetAc2(study, CategoryOrder.of(study, Optional.empty()), w).value();
  }

  @Test
  void weightedKappaReproducesIrrCacOnTheAbstractorsTable() {
    assertThat(kappa(ABSTRACTORS, Weighting.LINEAR)).isCloseTo(0.843, within(5e-4));
    assertThat(kappa(ABSTRACTORS, Weighting.QUADRATIC)).isCloseTo(0.892, within(5e-4));
  }

  @Test
  void weightedKappaReproducesIrrCacOnTheDiagnosisTable() {
    assertThat(kappa(DIAGNOSIS, Weighting.LINEAR)).isCloseTo(0.407, within(5e-4));
    assertThat(kappa(DIAGNOSIS, Weighting.QUADRATIC)).isCloseTo(0.383, within(5e-4));
  }

  @Test
  void ac2ReproducesIrrCacOnTheAbstractorsTable() {
    assertThat(ac2(ABSTRACTORS, Weighting.LINEAR)).isCloseTo(0.900, within(5e-4));
    assertThat(ac2(ABSTRACTORS, Weighting.QUADRATIC)).isCloseTo(0.940, within(5e-4));
  }

  @Test
  void ac2ReproducesIrrCacOnTheDiagnosisTable() {
    assertThat(ac2(DIAGNOSIS, Weighting.LINEAR)).isCloseTo(0.377, within(5e-4));
    assertThat(ac2(DIAGNOSIS, Weighting.QUADRATIC)).isCloseTo(0.299, within(5e-4));
  }

  @Test
  void theUsersOrderDecidesTheWeights() {
    // Same data, labels given as words: the order low,mid,high reproduces the numeric result and
    // a different order gives a different value.
    UnitStudy words =
        UnitStudy.of(
            List.of("A", "B"),
            new String[][] {{"low", "low"}, {"low", "mid"}, {"mid", "high"}, {"high", "high"}});
    double ordered =
        new WeightedKappa(
                words,
                CategoryOrder.of(words, Optional.of(List.of("low", "mid", "high"))),
                Weighting.LINEAR)
            .value();
    UnitStudy numbers =
        UnitStudy.of(
            List.of("A", "B"), new String[][] {{"1", "1"}, {"1", "2"}, {"2", "3"}, {"3", "3"}});
    assertThat(ordered)
        .isCloseTo(
            new WeightedKappa(
                    numbers, CategoryOrder.of(numbers, Optional.empty()), Weighting.LINEAR)
                .value(),
            within(1e-12));
    double shuffled =
        new WeightedKappa(
                words,
                CategoryOrder.of(words, Optional.of(List.of("mid", "low", "high"))),
                Weighting.LINEAR)
            .value();
    assertThat(shuffled).isNotCloseTo(ordered, within(1e-3));
  }

  @Test
  void wordCategoriesWithoutAnOrderAreUndefinedAndAnIncompleteOrderIsRefused() {
    UnitStudy words = UnitStudy.of(List.of("A", "B"), new String[][] {{"low", "high"}});
    assertThatThrownBy(() -> CategoryOrder.of(words, Optional.empty()))
        .isInstanceOf(UndefinedStatisticException.class)
        .hasMessageContaining("'low' is not a number");
    assertThatThrownBy(() -> CategoryOrder.of(words, Optional.of(List.of("low"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'high'");
  }
}
