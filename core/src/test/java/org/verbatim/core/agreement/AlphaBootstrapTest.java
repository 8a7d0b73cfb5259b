package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bootstrap interval is reproducible from its seed and behaves like a confidence interval. */
class AlphaBootstrapTest {

  @Test
  void sameSeedGivesTheSameInterval() {
    AlphaBootstrap bootstrap =
        new AlphaBootstrap(HayesKrippendorff2007Test.example(), Level.ORDINAL);
    assertThat(bootstrap.interval(0.95, 500, 11)).isEqualTo(bootstrap.interval(0.95, 500, 11));
    assertThat(bootstrap.interval(0.95, 500, 11)).isNotEqualTo(bootstrap.interval(0.95, 500, 12));
  }

  @Test
  void intervalSurroundsTheEstimate() {
    UnitStudy study = HayesKrippendorff2007Test.example();
    double alpha = new KrippendorffAlpha(study, Level.ORDINAL).value();
    ConfidenceInterval ci = new AlphaBootstrap(study, Level.ORDINAL).interval(0.95, 2000, 1);
    assertThat(ci.lower()).isLessThan(alpha);
    assertThat(ci.upper()).isGreaterThan(alpha);
    assertThat(ci.upper()).isLessThanOrEqualTo(1.0);
    assertThat(ci.method()).contains("bootstrap");
  }

  @Test
  void moreUnitsGiveANarrowerInterval() {
    assertThat(width(200)).isGreaterThan(width(5000));
  }

  private static double width(int units) {
    Random random = new Random(units);
    UnitStudy.Builder builder = UnitStudy.builder(Studies.coders(2));
    for (int u = 0; u < units; u++) {
      int truth = random.nextInt(3);
      builder.addUnit(
          String.valueOf(random.nextInt(5) == 0 ? random.nextInt(3) : truth),
          String.valueOf(truth));
    }
    ConfidenceInterval ci =
        new AlphaBootstrap(builder.build(), Level.NOMINAL).interval(0.95, 300, 5);
    return ci.upper() - ci.lower();
  }
}
