package org.verbatim.core.agreement.project;

import org.verbatim.core.agreement.Level;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.UndefinedStatisticException;
import org.verbatim.core.agreement.internal.CoincidenceAlpha;

/**
 * Yes/no items with no missing values, kept as a count per coder pattern (bit c set when coder c
 * said yes), so that millions of (unit × code) items cost {@code 2^coders} counters. The statistics
 * are those of {@link org.verbatim.core.agreement.PercentAgreement} (no value is missing, so both
 * of its conventions agree), {@link org.verbatim.core.agreement.CohenKappa} and nominal {@link
 * org.verbatim.core.agreement.KrippendorffAlpha}, specialised to two categories; tests check them
 * against those classes on the same items.
 */
final class BinaryPatternCounts {
  private final int coders;
  private final long[] counts;

  BinaryPatternCounts(int coders) {
    this.coders = coders;
    this.counts = new long[1 << coders];
  }

  /** Counts {@code times} items with coder pattern {@code pattern}. */
  void add(int pattern, long times) {
    counts[pattern] += times;
  }

  /** Adds every count of {@code other} (same coders). */
  void addAll(BinaryPatternCounts other) {
    for (int p = 0; p < counts.length; p++) {
      counts[p] += other.counts[p];
    }
  }

  long items() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** Items at least one coder said yes to. */
  long codedItems() {
    return items() - counts[0];
  }

  BinaryAgreement agreement() {
    return new BinaryAgreement(
        items(),
        codedItems(),
        Statistic.compute(this::percentAgreement),
        Statistic.compute(this::cohenKappa),
        Statistic.compute(this::alpha));
  }

  /** Mean share of agreeing coder pairs per item. */
  double percentAgreement() {
    double[][] o = coincidences();
    double n = o[0][0] + o[0][1] + o[1][0] + o[1][1];
    return (o[0][0] + o[1][1]) / n;
  }

  /** Cohen's kappa over the two coders' yes/no values (Cohen 1960). */
  double cohenKappa() {
    if (coders != 2) {
      throw new UndefinedStatisticException(
          "Cohen's kappa is defined for exactly two coders; the data has " + coders);
    }
    double n = items();
    requireItems(n);
    double first = (counts[1] + counts[3]) / n;
    double second = (counts[2] + counts[3]) / n;
    double observed = (counts[0] + counts[3]) / n;
    double expected = first * second + (1 - first) * (1 - second);
    if (expected >= 1.0 - 1e-12) {
      throw new UndefinedStatisticException(
          "Cohen's kappa is undefined: all values fall in one category, so chance agreement is"
              + " already perfect and there is no variation to assess");
    }
    return (observed - expected) / (1 - expected);
  }

  /** Nominal Krippendorff's alpha from the items' coincidences (Krippendorff 2011). */
  double alpha() {
    return CoincidenceAlpha.alpha(coincidences(), Level.NOMINAL, new double[2]);
  }

  /** {@code o[a][b]}: pairs of values (a, b) from different coders, each item weighted 1/(m−1). */
  private double[][] coincidences() {
    requireItems(items());
    double[][] o = new double[2][2];
    int m = coders;
    for (int p = 0; p < counts.length; p++) {
      if (counts[p] == 0) {
        continue;
      }
      int yes = Integer.bitCount(p);
      int no = m - yes;
      double w = counts[p] / (double) (m - 1);
      o[1][1] += yes * (yes - 1) * w;
      o[0][0] += no * (no - 1) * w;
      o[0][1] += yes * no * w;
      o[1][0] += yes * no * w;
    }
    return o;
  }

  private static void requireItems(double n) {
    if (n == 0) {
      throw new UndefinedStatisticException("the data has no units");
    }
  }
}
