package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Small examples computed by hand from the definitions of Krippendorff, Mathet, Bouvry &amp;
 * Widlöcher (2016) / Krippendorff (2019, sec. 12.6). They fix the arithmetic on cases small enough
 * to follow; {@link Krippendorff2019UnitizingTest} checks the book's worked example and {@link
 * UnitizingAlphaBruteForceTest} the sweep against a per-character computation.
 *
 * <p>Notation: m coders, continuum length L, n = mL; o_ck observed coincidences (each position
 * pairs every coder's value with each other coder's, weight 1/(m−1)); S_c = Σ l² over category c's
 * segments, S_gap = total gap length; e_ck = n(n_c n_k − [c=k] S_c)/(n² − ΣS); α = 1 − (n − Σ
 * o_cc)/(n − Σ e_cc).
 */
class UnitizingAlphaHandExampleTest {

  @Test
  void oneCategoryPartlyMatchedGivesSeventyNineOverOneHundredForty() {
    // L = 10; A codes [0,4) x, B codes [0,2) x. Positions 0–1: x/x, 2–3: x/gap, 4–9: gap/gap.
    // o_xx = 2·2 = 4, o_x,gap = o_gap,x = 2, o_gap,gap = 6·2 = 12, n = 20.
    // n_x = 6, n_gap = 14; S_x = 4² + 2² = 20, S_gap = 6 + 8 = 14, ΣS = 34; n² − ΣS = 366.
    // Σ e_cc = 20·(6² + 14² − 34)/366 = 3960/366; D_e = 20 − 3960/366 = 3360/366; D_o = 4.
    // uα = 1 − 4·366/3360 = 79/140 ≈ 0.5643; with one category |uα is the same.
    UnitizedStudy study =
        UnitizedStudy.of(
            10, Map.of("A", List.of(new Segment(0, 4, "x")), "B", List.of(new Segment(0, 2, "x"))));
    UnitizingAlpha alpha = new UnitizingAlpha(study);
    assertThat(alpha.uAlpha()).isCloseTo(79.0 / 140, within(1e-12));
    assertThat(alpha.binaryUAlpha()).isCloseTo(79.0 / 140, within(1e-12));
    assertThatThrownBy(alpha::cuAlpha)
        .isInstanceOf(UndefinedStatisticException.class)
        .hasMessageContaining("one category");
  }

  @Test
  void twoCategoriesWithAShiftedBoundaryGiveEightHundredFortyOneOverNineHundredNinety() {
    // L = 10; A: [0,5) x, [5,10) y; B: [0,4) x, [4,10) y. Position 4 is x/y, all else agrees.
    // o_xx = 8, o_xy = o_yx = 1, o_yy = 10, n = 20; n_x = 9, n_y = 11; no gaps.
    // S_x = 5² + 4² = 41, S_y = 5² + 6² = 61, ΣS = 102, n² − ΣS = 298.
    // Σ e_cc = 20·(81 + 121 − 102)/298 = 2000/298; D_e = 3960/298; D_o = 2.
    // uα = 1 − 2·298/3960 = 841/990 ≈ 0.8495. Every segment lies wholly under the other coder's
    // coded matter, so cuα's self-pairings equal uα's and cuα = uα.
    UnitizedStudy study =
        UnitizedStudy.of(
            10,
            Map.of(
                "A", List.of(new Segment(0, 5, "x"), new Segment(5, 10, "y")),
                "B", List.of(new Segment(0, 4, "x"), new Segment(4, 10, "y"))));
    UnitizingAlpha alpha = new UnitizingAlpha(study);
    assertThat(alpha.uAlpha()).isCloseTo(841.0 / 990, within(1e-12));
    assertThat(alpha.cuAlpha()).isCloseTo(841.0 / 990, within(1e-12));
    assertThatThrownBy(alpha::binaryUAlpha)
        .isInstanceOf(UndefinedStatisticException.class)
        .hasMessageContaining("whole continuum");
  }

  @Test
  void crossedCategoriesOnSharedMatterGiveZeroCuAlpha() {
    // L = 10; A: [0,6) x; B: [2,8) y. Shared coded matter is [2,6): o*_xy = o*_yx = 4, n* = 8.
    // Self-pairings of the shared part: A's segment 4² = 16, B's 4² = 16, ΣS* = 32 = n*²/2.
    // e*_xx = 8·(16 − 16)/32 = 0 = e*_yy, so D_e = 8 = D_o and cuα = 0: no agreement, and with
    // one unit per category chance could produce none either.
    UnitizedStudy study =
        UnitizedStudy.of(
            10, Map.of("A", List.of(new Segment(0, 6, "x")), "B", List.of(new Segment(2, 8, "y"))));
    assertThat(new UnitizingAlpha(study).cuAlpha()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void adjacentSegmentsOfOneCategoryStaySeparateUnits() {
    // A splits [0,6) into two adjacent x units; B codes it as one. Positions agree everywhere,
    // so D_o = 0 and uα = 1, but the self-pairings differ (3² + 3² vs 6²): the units are kept.
    UnitizedStudy split =
        UnitizedStudy.of(
            10,
            Map.of(
                "A", List.of(new Segment(0, 3, "x"), new Segment(3, 6, "x")),
                "B", List.of(new Segment(0, 6, "x"))));
    assertThat(new UnitizingAlpha(split).uAlpha()).isEqualTo(1.0);
    assertThat(split.segments("A")).hasSize(2);
  }

  @Test
  void overlappingSegmentsInOneDomainMakeTheFamilyUndefined() {
    UnitizedStudy study =
        UnitizedStudy.of(
            10,
            Map.of(
                "A", List.of(new Segment(0, 5, "x"), new Segment(3, 8, "y")),
                "B", List.of(new Segment(0, 5, "x"))));
    assertThatThrownBy(() -> new UnitizingAlpha(study))
        .isInstanceOf(UndefinedStatisticException.class)
        .hasMessageContaining("overlapping")
        .hasMessageContaining("'A'");
  }
}
