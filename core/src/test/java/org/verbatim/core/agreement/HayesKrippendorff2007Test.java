package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Hayes, A.F. &amp; Krippendorff, K. (2007). "Answering the call for a standard reliability measure
 * for coding data." Communication Methods and Measures 1(1):77–89, p. 84: 5 observers × 40 units,
 * ordinal, with missing values; published ordinal α = .7598. Data transcribed as in DKPro
 * Statistics' HayesKrippendorff2007Test.
 */
class HayesKrippendorff2007Test {
  static UnitStudy example() {
    return Studies.units(
        new Integer[] {1, 1, 2, null, 2},
        new Integer[] {1, 1, 0, 1, null},
        new Integer[] {2, 3, 3, 3, null},
        new Integer[] {null, 0, 0, null, 0},
        new Integer[] {0, 0, 0, null, 0},
        new Integer[] {0, 0, 0, null, 0},
        new Integer[] {1, 0, 2, null, 1},
        new Integer[] {1, null, 2, 0, null},
        new Integer[] {2, 2, 2, null, 2},
        new Integer[] {2, 1, 1, 1, null},
        new Integer[] {null, 1, 0, 0, null},
        new Integer[] {0, 0, 0, 0, null},
        new Integer[] {1, 2, 2, 2, null},
        new Integer[] {3, 3, 2, 2, 3},
        new Integer[] {1, 1, 1, null, 1},
        new Integer[] {1, 1, 1, null, 1},
        new Integer[] {2, 1, 2, null, 2},
        new Integer[] {1, 2, 3, 3, null},
        new Integer[] {1, 1, 0, 1, null},
        new Integer[] {0, 0, 0, null, 0},
        new Integer[] {0, 0, 1, 1, null},
        new Integer[] {0, 0, null, 0, 0},
        new Integer[] {2, 3, 3, 3, null},
        new Integer[] {0, 0, 0, 0, null},
        new Integer[] {1, 2, null, 2, 2},
        new Integer[] {0, 1, 1, 1, null},
        new Integer[] {0, 0, 0, 1, 0},
        new Integer[] {1, 2, 1, 2, null},
        new Integer[] {1, 1, 2, 2, null},
        new Integer[] {1, 1, 2, null, 2},
        new Integer[] {1, 1, 0, null, 0},
        new Integer[] {2, 1, 2, 1, null},
        new Integer[] {2, 2, null, 2, 2},
        new Integer[] {3, 2, 2, 2, null},
        new Integer[] {2, 2, 2, null, 2},
        new Integer[] {2, 2, 3, null, 2},
        new Integer[] {2, 2, 2, null, 2},
        new Integer[] {2, 2, null, 1, 2},
        new Integer[] {2, 2, 2, 2, null},
        new Integer[] {1, 1, 1, null, 1});
  }

  @Test
  void reproducesOrdinalAlpha() {
    assertThat(new KrippendorffAlpha(example(), Level.ORDINAL).value())
        .isCloseTo(0.7598, within(5e-5));
  }
}
