package org.verbatim.core.agreement.internal;

import java.util.Arrays;

/**
 * Coincidences of unitized data by one sweep over the sorted segment boundaries (Krippendorff,
 * Mathet, Bouvry &amp; Widlöcher 2016, Quality &amp; Quantity 50:2347–2364; Krippendorff 2019,
 * Content Analysis, 4th ed., sec. 12.6). Index 0 is the gap (uncoded matter), index {@code c+1}
 * category {@code c}. Between two consecutive boundaries every coder's value is constant, so the
 * cost grows with the number of segments, not with the length of the continuum.
 *
 * <p>Produces: observed coincidences {@code o[c][k] = Σ_{i≠j} |i's c-matter ∩ j's k-matter| /
 * (m−1)}; self-pairings per value, {@code Σ l²} over a category's segments (a segment is one unit)
 * and for the gap its total length (uncoded matter has no unit structure); and, for cuα, each
 * category's {@code Σ_g (Σ_{j≠i} |g ∩ j's coded matter| / (m−1))²}: each segment's share of the
 * coded-only margin, squared, as uα squares a segment's length (Krippendorff 2019, sec. 12.6.5;
 * this reproduces the book's cuα = .724 for Figure 12.11).
 */
public final class ContinuumTally {
  /** Observed coincidences, (categories+1)². */
  public final double[][] observed;

  /** Self-pairings per value for uα (index 0: total gap length). */
  public final double[] selfPairs;

  /** Self-pairings per value restricted to intersecting coded matter, for cuα (index 0 unused). */
  public final double[] codedSelfPairs;

  /**
   * Sweeps coders' segments. For coder {@code i}, {@code starts[i]}, {@code ends[i]} and {@code
   * categories[i]} describe non-overlapping segments sorted by start; categories are {@code 0 ..
   * categoryCount-1}.
   */
  public ContinuumTally(
      long length, int[][] starts, int[][] ends, int[][] categories, int categoryCount) {
    int m = starts.length;
    int values = categoryCount + 1;
    double[][] o = new double[values][values];
    double[] self = new double[values];
    double[] codedSelf = new double[values];
    int total = 0;
    int[] offset = new int[m];
    for (int i = 0; i < m; i++) {
      offset[i] = total;
      total += starts[i].length;
    }
    long[] bounds = new long[2 * total + 2];
    int b = 0;
    bounds[b++] = 0;
    bounds[b++] = length;
    long coded = 0;
    for (int i = 0; i < m; i++) {
      for (int s = 0; s < starts[i].length; s++) {
        bounds[b++] = starts[i][s];
        bounds[b++] = ends[i][s];
        double len = ends[i][s] - starts[i][s];
        self[categories[i][s] + 1] += len * len;
        coded += ends[i][s] - starts[i][s];
      }
    }
    self[0] = (double) m * length - coded;
    Arrays.sort(bounds);
    // pairable[g * m + j]: length of segment g (global index) lying under coder j's coded matter.
    long[] pairable = new long[total * m];
    int[] pointer = new int[m];
    int[] value = new int[m];
    int[] segment = new int[m];
    for (int t = 0; t + 1 < bounds.length; t++) {
      long from = bounds[t];
      long len = bounds[t + 1] - from;
      if (len == 0) {
        continue;
      }
      for (int i = 0; i < m; i++) {
        int p = pointer[i];
        while (p < ends[i].length && ends[i][p] <= from) {
          p++;
        }
        pointer[i] = p;
        if (p < starts[i].length && starts[i][p] <= from) {
          value[i] = categories[i][p] + 1;
          segment[i] = offset[i] + p;
        } else {
          value[i] = 0;
          segment[i] = -1;
        }
      }
      for (int i = 0; i < m; i++) {
        double[] row = o[value[i]];
        for (int j = 0; j < m; j++) {
          if (j != i) {
            row[value[j]] += len;
            if (value[i] > 0 && value[j] > 0) {
              pairable[segment[i] * m + j] += len;
            }
          }
        }
      }
    }
    for (int c = 0; c < values; c++) {
      for (int k = 0; k < values; k++) {
        o[c][k] /= (m - 1);
      }
    }
    for (int i = 0; i < m; i++) {
      for (int s = 0; s < starts[i].length; s++) {
        int g = offset[i] + s;
        double shared = 0;
        for (int j = 0; j < m; j++) {
          shared += pairable[g * m + j];
        }
        // g's contribution to the coded margin, squared: uα's l² with l cut to the shared matter.
        double l = shared / (m - 1);
        codedSelf[categories[i][s] + 1] += l * l;
      }
    }
    this.observed = o;
    this.selfPairs = self;
    this.codedSelfPairs = codedSelf;
  }

  /**
   * Nominal alpha from coincidences and self-pairings: expected coincidences {@code e_ck = n (n_c
   * n_k − [c=k] S_c) / (n² − Σ S)}, {@code α = 1 − (n − Σ o_cc)/(n − Σ e_cc)}.
   *
   * @return alpha, or NaN when the expected disagreement is zero (callers give the reason)
   */
  public static double nominalAlpha(double[][] o, double[] self) {
    int v = o.length;
    double n = 0;
    double diagonal = 0;
    double squares = 0;
    double selfSum = 0;
    for (int c = 0; c < v; c++) {
      double margin = 0;
      for (int k = 0; k < v; k++) {
        margin += o[c][k];
      }
      n += margin;
      squares += margin * margin;
      diagonal += o[c][c];
      selfSum += self[c];
    }
    double denominator = n * n - selfSum;
    double expectedDisagreement = n - n * (squares - selfSum) / denominator;
    double observedDisagreement = n - diagonal;
    if (!(n > 0) || !(denominator > 0) || !(expectedDisagreement > 1e-9 * n)) {
      return Double.NaN;
    }
    return 1.0 - observedDisagreement / expectedDisagreement;
  }
}
