package org.verbatim.core.agreement;

/**
 * Gwet's AC1 for any number of coders: {@code (p_a − p_e)/(1 − p_e)} with {@code p_e = Σ_k
 * π_k(1−π_k)/(q−1)} over the study's {@code q} categories (Gwet 2008, "Computing inter-rater
 * reliability and its variance in the presence of high agreement", British Journal of Mathematical
 * and Statistical Psychology 61:29–48; missing values as in Gwet 2014, Handbook of Inter-Rater
 * Reliability, 4th ed., and irrCAC {@code gwet.ac1.raw}).
 *
 * <p>Limits: {@code q} counts the categories that occur plus any declared with {@link
 * UnitStudy.Builder#declareCategories}; undefined with fewer than two categories.
 */
public final class GwetAc1 {
  private final double observed;
  private final double expected;

  public GwetAc1(UnitStudy study) {
    MultiCoderAgreement agreement = new MultiCoderAgreement(study);
    int q = agreement.categories;
    if (q < 2) {
      throw Requirements.noVariation("Gwet's AC1");
    }
    double sum = 0;
    for (double p : agreement.proportions) {
      sum += p * (1 - p);
    }
    this.observed = agreement.observed;
    this.expected = sum / (q - 1);
  }

  public double observedAgreement() {
    return observed;
  }

  public double expectedAgreement() {
    return expected;
  }

  /** The coefficient, at most 1. */
  public double value() {
    return TwoCoderTable.chanceCorrected(observed, expected, "Gwet's AC1");
  }
}
