package org.verbatim.core.agreement.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.verbatim.core.agreement.Level;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.UnitReliability;
import org.verbatim.core.agreement.UnitReliabilityReport;
import org.verbatim.core.agreement.UnitStudy;

/** Pattern counts give exactly what the package's measures give on the same yes/no items. */
class BinaryPatternCountsTest {

  @Test
  void patternCountsAgreeWithTheUnitStudyMeasuresForTwoToFourCoders() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 60; trial++) {
      int m = 2 + trial % 3;
      int units = 5 + random.nextInt(200);
      double rate = 0.02 + random.nextDouble() * 0.5;
      int[] cells = new int[units * m];
      BinaryPatternCounts counts = new BinaryPatternCounts(m);
      for (int u = 0; u < units; u++) {
        boolean truth = random.nextDouble() < rate;
        int pattern = 0;
        for (int c = 0; c < m; c++) {
          boolean yes = random.nextInt(6) == 0 ? !truth : truth;
          cells[u * m + c] = yes ? 1 : 0;
          pattern |= (yes ? 1 : 0) << c;
        }
        counts.add(pattern, 1);
      }
      List<String> coders = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        coders.add("C" + c);
      }
      UnitReliabilityReport expected =
          UnitReliability.compute(
              UnitStudy.fromIndexes(coders, UnitAgreement.CATEGORIES, cells), Level.NOMINAL);
      BinaryAgreement actual = counts.agreement();
      same(actual.percentAgreement(), expected.percentAgreement());
      same(actual.cohenKappa(), expected.cohenKappa());
      same(actual.krippendorffAlpha(), expected.krippendorffAlpha());
      assertThat(actual.items()).isEqualTo(units);
    }
  }

  @Test
  void allNoItemsLeaveKappaAndAlphaUndefinedWithAReason() {
    BinaryPatternCounts counts = new BinaryPatternCounts(2);
    counts.add(0, 10);
    BinaryAgreement a = counts.agreement();
    assertThat(a.percentAgreement().value().getAsDouble()).isEqualTo(1.0);
    assertThat(a.cohenKappa().reason())
        .hasValueSatisfying(r -> assertThat(r).contains("one category"));
    assertThat(a.krippendorffAlpha().reason()).isPresent();
    assertThat(a.reading()).isEmpty();
  }

  private static void same(Statistic actual, Statistic expected) {
    assertThat(actual.isDefined()).isEqualTo(expected.isDefined());
    if (expected.isDefined()) {
      assertThat(actual.value().getAsDouble())
          .isCloseTo(expected.value().getAsDouble(), within(1e-12));
    }
  }
}
