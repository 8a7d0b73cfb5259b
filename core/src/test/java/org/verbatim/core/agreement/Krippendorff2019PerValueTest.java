package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per-value unitizing agreement (k)uα (Krippendorff 2019, Content Analysis, 4th ed., sec. 12.6, eq.
 * 38) on the book's Figure 12.11 data ({@link Krippendorff2019UnitizingTest#figure12_11()}).
 *
 * <p>What is published and what is not: the book's figure gives uα, |uα and cuα (tested in {@link
 * Krippendorff2019UnitizingTest}); we did not have the book's per-value figures. The values here
 * are HAND-DERIVED from the definition: values 1, 5 and 6 are used identically wherever coders'
 * coded matter meets (ℓ*_kk = ℓ*_.k, so (k)uα = 1); values 2, 3 and 4 each meet only other values
 * in a single 6-character stretch whose self-pairing (6² = 36) equals its squared margin, so ε*_kk
 * = 0 and (k)uα = 1 − ε*_.k/ε*_.k = 0; value 7 meets only gaps (undefined here). Coverage of 5:
 * Paul's and Suzan's 8 characters agree, Alex's 2 meet gaps, so ℓ*_.5/ℓ_.5 = 8/18. The same figures
 * are asserted by the R package quallmer's tests of its eq. 38 implementation, which reports 1.0
 * instead of "undefined" for value 7.
 */
class Krippendorff2019PerValueTest {

  @Test
  void valuesUsedAlikeWhereCodersMeetScoreOne() {
    Map<String, PerValueUAlpha.ValueAgreement> pv =
        PerValueUAlpha.of(Krippendorff2019UnitizingTest.figure12_11());
    for (String value : new String[] {"1", "5", "6"}) {
      assertThat(pv.get(value).alpha().value().getAsDouble())
          .as(value)
          .isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void valuesEachCoderGaveADifferentStretchScoreZero() {
    Map<String, PerValueUAlpha.ValueAgreement> pv =
        PerValueUAlpha.of(Krippendorff2019UnitizingTest.figure12_11());
    for (String value : new String[] {"2", "3", "4"}) {
      assertThat(pv.get(value).alpha().value().getAsDouble())
          .as(value)
          .isCloseTo(0.0, within(1e-9));
    }
  }

  @Test
  void aValueMeetingOnlyGapsIsUndefinedWithCoverageZero() {
    PerValueUAlpha.ValueAgreement seven =
        PerValueUAlpha.of(Krippendorff2019UnitizingTest.figure12_11()).get("7");
    assertThat(seven.alpha().isDefined()).isFalse();
    assertThat(seven.alpha().reason()).get().asString().contains("only gaps");
    assertThat(seven.coverage()).isEqualTo(0.0);
  }

  @Test
  void coverageIsTheShareOfAValuesMatterThatMeetsCodedMatter() {
    Map<String, PerValueUAlpha.ValueAgreement> pv =
        PerValueUAlpha.of(Krippendorff2019UnitizingTest.figure12_11());
    assertThat(pv.get("5").coverage()).isCloseTo(8.0 / 18.0, within(1e-12));
    assertThat(pv.get("1").coverage()).isCloseTo(1.0, within(1e-12));
  }
}
