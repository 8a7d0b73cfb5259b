package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Segment matching at an overlap threshold, as MAXQDA counts it. */
class SegmentMatchingTest {
  private static final UnitizedStudy STUDY =
      UnitizedStudy.of(
          100,
          Map.of(
              "A",
                  List.of(
                      new Segment(0, 10, "x"), new Segment(20, 30, "y"), new Segment(50, 60, "x")),
              "B", List.of(new Segment(0, 9, "x"), new Segment(20, 30, "x"))));

  @Test
  void ninetyPercentOverlapMatchesAtTheDefaultThreshold() {
    // [0,10) vs [0,9): 9/10 = 90 % → both segments agree; [20,30) y has no y partner; B's
    // [20,30) x has no x partner; A's [50,60) x has none → 2 of 5 segments agree.
    SegmentMatching matching = new SegmentMatching(STUDY, SegmentMatching.DEFAULT_THRESHOLD);
    assertThat(matching.byCategory().get("x").matched()).isEqualTo(2);
    assertThat(matching.byCategory().get("x").segments()).isEqualTo(4);
    assertThat(matching.byCategory().get("y").matched()).isZero();
    assertThat(matching.overall().percentAgreement().value()).hasValue(2.0 / 5);
  }

  @Test
  void stricterThresholdRejectsThePartialOverlap() {
    SegmentMatching matching = new SegmentMatching(STUDY, 0.95);
    assertThat(matching.overall().matched()).isZero();
  }

  @Test
  void needsExactlyTwoCoders() {
    UnitizedStudy three =
        UnitizedStudy.of(10, Map.of("A", List.of(), "B", List.of(), "C", List.of()));
    assertThatThrownBy(() -> new SegmentMatching(three, 0.9))
        .isInstanceOf(UndefinedStatisticException.class)
        .hasMessageContaining("exactly two coders");
  }
}
