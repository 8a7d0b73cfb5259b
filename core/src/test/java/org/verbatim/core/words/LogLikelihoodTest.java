package org.verbatim.core.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogLikelihoodTest {
  @Test
  void matchesAHandComputation() {
    // a=10 of c=100 words, b=5 of d=200: E1 = 100*15/300 = 5, E2 = 200*15/300 = 10;
    // G2 = 2(10 ln(10/5) + 5 ln(5/10)) = 2(6.931472 - 3.465736) = 6.931472
    assertThat(LogLikelihood.g2(10, 5, 100, 200)).isCloseTo(6.931472, within(1e-6));
    assertThat(LogLikelihood.overused(10, 5, 100, 200)).isTrue();
  }

  @Test
  void isZeroWhenTheWordIsEquallyFrequentAndTreatsZeroCountsAsZeroTerms() {
    assertThat(LogLikelihood.g2(2, 4, 100, 200)).isCloseTo(0, within(1e-12));
    // a=3, b=0, c=10, d=10: E1 = 1.5, G2 = 2 * 3 ln 2 = 4.158883
    assertThat(LogLikelihood.g2(3, 0, 10, 10)).isCloseTo(4.158883, within(1e-6));
  }
}
