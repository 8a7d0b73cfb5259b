package org.verbatim.core.agreement;

import java.util.List;
import org.verbatim.core.agreement.internal.CoincidenceAlpha;
import org.verbatim.core.agreement.internal.UnitTallies;

/**
 * Krippendorff's alpha for any number of coders with missing values, at the nominal, ordinal,
 * interval or ratio level (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability";
 * Krippendorff 2019, Content Analysis, 4th ed., ch. 12; Hayes &amp; Krippendorff 2007,
 * Communication Methods and Measures 1(1):77–89). Units with fewer than two values are not pairable
 * and are left out.
 *
 * <p>Limits: the non-nominal levels need every category to be a number (ratio: not negative);
 * undefined when no unit has two values or when all pairable values are equal.
 */
public final class KrippendorffAlpha {
  private final double[][] coincidences;
  private final double[] numbers;
  private final Level level;

  public KrippendorffAlpha(UnitStudy study, Level level) {
    Requirements.atLeastTwoCoders(study);
    Requirements.atLeastOneUnit(study);
    this.level = level;
    this.numbers = numbers(study.categories(), level);
    this.coincidences = coincidences(study.tallies());
  }

  /** The coefficient: 1 is perfect agreement, 0 chance, negative systematic disagreement. */
  public double value() {
    return CoincidenceAlpha.alpha(coincidences, level, numbers);
  }

  /** Observed disagreement share {@code 1 − Σ_c o_cc / n} for the nominal level. */
  public double observedNominalDisagreement() {
    double n = 0;
    double diagonal = 0;
    for (int c = 0; c < coincidences.length; c++) {
      diagonal += coincidences[c][c];
      for (double x : coincidences[c]) {
        n += x;
      }
    }
    if (n == 0) {
      throw Requirements.noPairableUnit();
    }
    return 1 - diagonal / n;
  }

  static double[][] coincidences(UnitTallies t) {
    int v = t.categoryCount();
    double[][] o = new double[v][v];
    for (int u = 0; u < t.units(); u++) {
      addUnit(t, u, 1, o);
    }
    return o;
  }

  /** Adds {@code weight} copies of unit {@code u}'s coincidences to {@code o}. */
  static void addUnit(UnitTallies t, int u, double weight, double[][] o) {
    int m = t.values(u);
    if (m < 2) {
      return;
    }
    double w = weight / (m - 1);
    for (int a = t.start(u); a < t.end(u); a++) {
      int c = t.category(a);
      double na = t.count(a);
      for (int b = t.start(u); b < t.end(u); b++) {
        int k = t.category(b);
        o[c][k] += a == b ? na * (na - 1) * w : na * t.count(b) * w;
      }
    }
  }

  static double[] numbers(List<String> categories, Level level) {
    double[] numbers = new double[categories.size()];
    if (!level.numeric()) {
      return numbers;
    }
    for (int c = 0; c < numbers.length; c++) {
      String text = categories.get(c);
      try {
        numbers[c] = Double.parseDouble(text.strip());
      } catch (NumberFormatException e) {
        numbers[c] = Double.NaN;
      }
      if (!Double.isFinite(numbers[c])) {
        throw new UndefinedStatisticException(
            "category '" + text + "' is not a number; " + level.label() + " alpha needs numbers");
      }
      for (int earlier = 0; earlier < c; earlier++) {
        if (numbers[earlier] == numbers[c]) {
          throw new UndefinedStatisticException(
              "categories '"
                  + categories.get(earlier)
                  + "' and '"
                  + text
                  + "' are the same number; spell each number one way");
        }
      }
      if (level == Level.RATIO && numbers[c] < 0) {
        throw new UndefinedStatisticException(
            "category '" + text + "' is negative; ratio alpha needs values of at least 0");
      }
    }
    return numbers;
  }
}
