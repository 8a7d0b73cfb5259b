package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The computational example of the Wikipedia article "Krippendorff's alpha" (3 coders × 15 units,
 * many missing values): published nominal α = 0.691, interval α = 0.811. The {@code krippendorff}
 * Python package (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py) asserts 0.691358
 * and 0.810845 on the same data; we check those six digits.
 */
class KrippendorffWikipediaExampleTest {
  static UnitStudy example() {
    return Studies.codersByUnits(
        "* * * * * 3 4 1 2 1 1 3 3 * 3",
        "1 * 2 1 3 3 4 3 * * * * * * *",
        "* * 2 1 3 4 4 * 2 1 1 3 3 * 4");
  }

  @Test
  void reproducesNominalAlpha() {
    assertThat(new KrippendorffAlpha(example(), Level.NOMINAL).value())
        .isCloseTo(0.691358, within(5e-7));
  }

  @Test
  void reproducesIntervalAlpha() {
    assertThat(new KrippendorffAlpha(example(), Level.INTERVAL).value())
        .isCloseTo(0.810845, within(5e-7));
  }
}
