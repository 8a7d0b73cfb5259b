package org.verbatim.core.export;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Descriptive statistics of a numeric attribute: mean, sample standard deviation (n − 1), range,
 * median and quartiles. Quartiles interpolate linearly between order statistics (Hyndman and Fan
 * 1996, definition 7, the default of R's {@code quantile} and of Excel's {@code QUARTILE.INC}).
 */
record Describe(int n, double mean, OptionalDouble sd, double min, double max, double[] sorted) {
  Describe {
    sorted = sorted.clone();
  }

  /** Describes {@code values} (at least one). */
  static Describe of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to describe");
    }
    double[] x = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double mean = sum / x.length;
    OptionalDouble sd = OptionalDouble.empty();
    if (x.length > 1) {
      double squares = 0;
      for (double v : x) {
        squares += (v - mean) * (v - mean);
      }
      sd = OptionalDouble.of(Math.sqrt(squares / (x.length - 1)));
    }
    return new Describe(x.length, mean, sd, x[0], x[x.length - 1], x);
  }

  /** The {@code p}-quantile (0 ≤ p ≤ 1), definition 7. */
  double quantile(double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  double median() {
    return quantile(0.5);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Describe d && Arrays.equals(sorted, d.sorted);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sorted);
  }

  @Override
  public String toString() {
    return "Describe" + Arrays.toString(sorted);
  }
}
