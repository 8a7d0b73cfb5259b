package org.verbatim.core.agreement.internal;

import org.verbatim.core.agreement.Level;
import org.verbatim.core.agreement.UndefinedStatisticException;

/**
 * Krippendorff's alpha from a values × values coincidence matrix {@code o_ck} (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"): {@code α = 1 − (n−1) Σ o_ck δ²_ck / Σ n_c n_k
 * δ²_ck}.
 */
public final class CoincidenceAlpha {
  private CoincidenceAlpha() {}

  /**
   * Alpha for coincidences {@code o} at {@code level}; {@code numbers[c]} is category c's numeric
   * value (ignored for nominal).
   *
   * @throws UndefinedStatisticException when no value is pairable or there is no variation
   */
  public static double alpha(double[][] o, Level level, double[] numbers) {
    int v = o.length;
    double[] margins = new double[v];
    double n = 0;
    for (int c = 0; c < v; c++) {
      for (int k = 0; k < v; k++) {
        margins[c] += o[c][k];
      }
      n += margins[c];
    }
    if (n <= 0) {
      throw new UndefinedStatisticException(
          "no unit has values from two or more coders (all other cells are missing)");
    }
    double[][] delta = differences(level, numbers, margins);
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < v; c++) {
      for (int k = 0; k < v; k++) {
        if (c != k) {
          observed += o[c][k] * delta[c][k];
          expected += margins[c] * margins[k] * delta[c][k];
        }
      }
    }
    if (expected <= 0) {
      throw new UndefinedStatisticException(
          "Krippendorff's alpha is undefined: all pairable values are equal, so there is no"
              + " variation to assess");
    }
    return 1.0 - (n - 1) * observed / expected;
  }

  private static double[][] differences(Level level, double[] numbers, double[] margins) {
    int v = margins.length;
    double[][] d = new double[v][v];
    switch (level) {
      case NOMINAL -> {
        for (int c = 0; c < v; c++) {
          for (int k = 0; k < v; k++) {
            d[c][k] = c == k ? 0 : 1;
          }
        }
      }
      case INTERVAL -> {
        for (int c = 0; c < v; c++) {
          for (int k = 0; k < v; k++) {
            double diff = numbers[c] - numbers[k];
            d[c][k] = diff * diff;
          }
        }
      }
      case RATIO -> {
        for (int c = 0; c < v; c++) {
          for (int k = 0; k < v; k++) {
            double sum = numbers[c] + numbers[k];
            double diff = numbers[c] - numbers[k];
            d[c][k] = sum == 0 ? 0 : (diff / sum) * (diff / sum);
          }
        }
      }
      case ORDINAL -> {
        // Ranks follow the numeric order; the distance counts the values lying between c and k,
        // half of c's and k's own (Krippendorff 2011, ordinal metric).
        Integer[] order = new Integer[v];
        for (int i = 0; i < v; i++) {
          order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(numbers[a], numbers[b]));
        double[] cumulative = new double[v + 1];
        int[] rank = new int[v];
        for (int r = 0; r < v; r++) {
          rank[order[r]] = r;
          cumulative[r + 1] = cumulative[r] + margins[order[r]];
        }
        for (int c = 0; c < v; c++) {
          for (int k = 0; k < v; k++) {
            int lo = Math.min(rank[c], rank[k]);
            int hi = Math.max(rank[c], rank[k]);
            double between = cumulative[hi + 1] - cumulative[lo] - (margins[c] + margins[k]) / 2;
            d[c][k] = c == k ? 0 : between * between;
          }
        }
      }
    }
    return d;
  }
}
