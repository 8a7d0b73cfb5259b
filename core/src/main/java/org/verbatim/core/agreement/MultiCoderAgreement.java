package org.verbatim.core.agreement;

import org.verbatim.core.agreement.internal.UnitTallies;

/**
 * Observed agreement and category proportions in Gwet's framework for many coders with missing
 * values (Gwet 2014, Handbook of Inter-Rater Reliability, 4th ed., ch. 2; irrCAC's {@code *.raw}
 * functions): {@code p_a} averages {@code Σ_k r_ik(r_ik−1)/(r_i(r_i−1))} over units with two or
 * more values; {@code π_k} averages {@code r_ik/r_i} over units with at least one value. Shared by
 * Fleiss' kappa, Gwet's AC1 and Brennan–Prediger.
 */
final class MultiCoderAgreement {
  final double observed;
  final double[] proportions;
  final int categories;

  MultiCoderAgreement(UnitStudy study) {
    Requirements.atLeastTwoCoders(study);
    Requirements.atLeastOneUnit(study);
    UnitTallies t = study.tallies();
    categories = t.categoryCount();
    proportions = new double[categories];
    double agreementSum = 0;
    int pairableUnits = 0;
    int codedUnits = 0;
    for (int u = 0; u < t.units(); u++) {
      int r = t.values(u);
      if (r == 0) {
        continue;
      }
      codedUnits++;
      double same = 0;
      for (int k = t.start(u); k < t.end(u); k++) {
        double n = t.count(k);
        proportions[t.category(k)] += n / r;
        same += n * (n - 1);
      }
      if (r >= 2) {
        agreementSum += same / ((double) r * (r - 1));
        pairableUnits++;
      }
    }
    if (pairableUnits == 0) {
      throw Requirements.noPairableUnit();
    }
    for (int k = 0; k < categories; k++) {
      proportions[k] /= codedUnits;
    }
    observed = agreementSum / pairableUnits;
  }
}
