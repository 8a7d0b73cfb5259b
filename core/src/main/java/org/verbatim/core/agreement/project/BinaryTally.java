package org.verbatim.core.agreement.project;

import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.internal.ContinuumTally;

/**
 * The coincidences behind |uα for one code (coded against uncoded matter), summed over pieces of
 * continuum: observed coincidences and self-pairings add up across separate stretches of text, so
 * the sum is the |uα of those stretches laid end to end (Krippendorff et al. 2016).
 */
final class BinaryTally {
  private final double[][] observed = new double[2][2];
  private final double[] self = new double[2];

  /** Tallies one document's segments of one code, coder c's in {@code starts[c]/ends[c]}. */
  static BinaryTally of(int length, int[][] starts, int[][] ends) {
    int[][] categories = new int[starts.length][];
    for (int c = 0; c < starts.length; c++) {
      categories[c] = new int[starts[c].length];
    }
    ContinuumTally tally = new ContinuumTally(length, starts, ends, categories, 1);
    BinaryTally out = new BinaryTally();
    for (int a = 0; a < 2; a++) {
      out.self[a] = tally.selfPairs[a];
      for (int b = 0; b < 2; b++) {
        out.observed[a][b] = tally.observed[a][b];
      }
    }
    return out;
  }

  void add(BinaryTally other) {
    for (int a = 0; a < 2; a++) {
      self[a] += other.self[a];
      for (int b = 0; b < 2; b++) {
        observed[a][b] += other.observed[a][b];
      }
    }
  }

  /** |uα of everything added, or why it is undefined. */
  Statistic alpha() {
    double alpha = ContinuumTally.nominalAlpha(observed, self);
    if (!Double.isNaN(alpha)) {
      return Statistic.of(alpha);
    }
    if (observed[1][0] + observed[1][1] == 0) {
      return Statistic.undefined(
          "no coder coded anything here, so there is no variation to assess");
    }
    if (observed[0][0] + observed[0][1] == 0) {
      return Statistic.undefined(
          "every coder coded all of the text, so there is no uncoded matter to compare");
    }
    return Statistic.undefined("there is no variation to assess");
  }
}
