package org.verbatim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchLatencyBenchmarkTest {
  @Test
  void percentilesUseTheNearestRank() {
    double[] sorted = new double[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertThat(SearchLatencyBenchmark.percentile(sorted, 0.50)).isEqualTo(50);
    assertThat(SearchLatencyBenchmark.percentile(sorted, 0.95)).isEqualTo(95);
    assertThat(SearchLatencyBenchmark.percentile(sorted, 0.99)).isEqualTo(99);
    assertThat(SearchLatencyBenchmark.percentile(new double[] {3}, 0.99)).isEqualTo(3);
  }
}
