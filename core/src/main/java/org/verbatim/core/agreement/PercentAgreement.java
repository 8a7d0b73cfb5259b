package org.verbatim.core.agreement;

import org.verbatim.core.agreement.internal.UnitTallies;

/**
 * Percent (observed) agreement among any number of coders, in the two published conventions that
 * differ when values are missing. Krippendorff's pairable-values form weights each unit by its
 * number of values, {@code A_o = Σ_u Σ_c n_uc(n_uc−1)/(m_u−1) / Σ_u m_u} (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"; it equals {@code 1 − D_o} of nominal alpha). Gwet's
 * form averages the per-unit agreement {@code Σ_c n_uc(n_uc−1)/(m_u(m_u−1))} over units (Gwet 2014,
 * Handbook of Inter-Rater Reliability, 4th ed.; irrCAC's {@code pa}). Both use only units with at
 * least two values and coincide when no value is missing.
 *
 * <p>Limits: needs two coders and one unit with two values.
 */
public final class PercentAgreement {
  /** The convention {@link #krippendorff()} reports, as printed in outputs. */
  public static final String KRIPPENDORFF_CONVENTION =
      "Krippendorff's pairable-values form (units weighted by their number of values)";

  /** The convention {@link #gwet()} reports, as printed in outputs. */
  public static final String GWET_CONVENTION = "Gwet's form (mean of per-unit agreement)";

  private final double krippendorff;
  private final double gwet;

  public PercentAgreement(UnitStudy study) {
    Requirements.atLeastTwoCoders(study);
    Requirements.atLeastOneUnit(study);
    UnitTallies t = study.tallies();
    double agreeingPairs = 0;
    double pairable = 0;
    double unitAgreementSum = 0;
    int pairableUnits = 0;
    for (int u = 0; u < t.units(); u++) {
      int m = t.values(u);
      if (m < 2) {
        continue;
      }
      double same = 0;
      for (int k = t.start(u); k < t.end(u); k++) {
        double n = t.count(k);
        same += n * (n - 1);
      }
      agreeingPairs += same / (m - 1);
      pairable += m;
      unitAgreementSum += same / ((double) m * (m - 1));
      pairableUnits++;
    }
    if (pairableUnits == 0) {
      throw Requirements.noPairableUnit();
    }
    this.krippendorff = agreeingPairs / pairable;
    this.gwet = unitAgreementSum / pairableUnits;
  }

  /** Krippendorff's pairable-values form, in [0, 1]. */
  public double krippendorff() {
    return krippendorff;
  }

  /** Gwet's unit-average form, in [0, 1]. */
  public double gwet() {
    return gwet;
  }
}
