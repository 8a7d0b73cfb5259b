package org.verbatim.core.agreement.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.core.agreement.Statistic;

class ReadingTest {
  @Test
  void readsAlphaAsPrintedToThreeDecimals() {
    assertThat(Reading.of(Statistic.of(0.8))).contains(Reading.RELIABLE);
    assertThat(Reading.of(Statistic.of(0.7996))).contains(Reading.RELIABLE);
    assertThat(Reading.of(Statistic.of(0.7994))).contains(Reading.TENTATIVE);
    assertThat(Reading.of(Statistic.of(0.667))).contains(Reading.TENTATIVE);
    assertThat(Reading.of(Statistic.of(0.6664))).contains(Reading.UNRELIABLE);
    assertThat(Reading.of(Statistic.of(-0.2))).contains(Reading.UNRELIABLE);
    assertThat(Reading.of(Statistic.undefined("no data"))).isEmpty();
    assertThat(Reading.TENTATIVE.label()).isEqualTo("tentative conclusions only");
  }
}
