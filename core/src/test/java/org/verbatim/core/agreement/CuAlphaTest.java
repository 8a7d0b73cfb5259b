package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cuα pools the domains' coded-only coincidences as separate copies of the continuum. No published
 * worked example of Cuα was available to us, so these fix the arithmetic of that reading by hand.
 */
class CuAlphaTest {

  private static final Map<String, List<Segment>> TWO_DOMAINS =
      Map.of(
          "A",
          List.of(new Segment(0, 5, "x"), new Segment(5, 10, "y"), new Segment(2, 6, "p")),
          "B",
          List.of(new Segment(0, 4, "x"), new Segment(4, 10, "y"), new Segment(2, 7, "p")));

  @Test
  void oneDomainGivesThatDomainsCuAlpha() {
    UnitizedStudy study =
        UnitizedStudy.of(
            10,
            Map.of(
                "A", List.of(new Segment(0, 5, "x"), new Segment(5, 10, "y")),
                "B", List.of(new Segment(0, 4, "x"), new Segment(4, 10, "y"))),
            Map.of("letters", List.of("x", "y")));
    assertThat(new CuAlpha(study).value())
        .isCloseTo(new UnitizingAlpha(study).cuAlpha(), within(1e-12));
  }

  @Test
  void twoDomainsPoolTheirCoincidencesWithoutCrossingThem() {
    // letters {x, y}: o_xx = 8, o_xy = o_yx = 1, o_yy = 10; S_x = 5² + 4² = 41, S_y = 5² + 6² = 61.
    // topics {p}: A [2,6), B [2,7) share [2,6): o_pp = 8; S_p = 4² + 4² = 32.
    // n = 28, margins 9, 11, 8; ΣS = 134, n² − ΣS = 650; Σ e_cc = 28·(40 + 60 + 32)/650 = 3696/650.
    // D_e = 28 − 3696/650 = 14504/650, D_o = 2, Cuα = 1 − 1300/14504 = 13204/14504 ≈ 0.9104.
    UnitizedStudy study =
        UnitizedStudy.of(
            10, TWO_DOMAINS, Map.of("letters", List.of("x", "y"), "topics", List.of("p")));
    assertThat(new CuAlpha(study).value()).isCloseTo(13204.0 / 14504, within(1e-12));
  }

  @Test
  void aDomainThatCannotBeTalliedIsNamedInTheReason() {
    Map<String, List<Segment>> overlapping =
        Map.of(
            "A", List.of(new Segment(0, 5, "x"), new Segment(3, 8, "y")),
            "B", List.of(new Segment(0, 5, "x")));
    UnitizedStudy study = UnitizedStudy.of(10, overlapping, Map.of("letters", List.of("x", "y")));
    assertThatThrownBy(() -> new CuAlpha(study))
        .isInstanceOf(UndefinedStatisticException.class)
        .hasMessageContaining("domain 'letters'");
  }
}
