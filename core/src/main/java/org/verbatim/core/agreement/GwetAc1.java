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
public final class GwetAc1 extends ChanceCorrected {
  private static final String NAME = "Gwet's AC1";

  public GwetAc1(UnitStudy study) {
    this(new MultiCoderAgreement(study));
  }

  private GwetAc1(MultiCoderAgreement agreement) {
    super(NAME, agreement.observed, expected(agreement));
  }

  private static double expected(MultiCoderAgreement agreement) {
    int q = agreement.categories;
    if (q < 2) {
      throw Requirements.noVariation(NAME);
    }
    double sum = 0;
    for (double p : agreement.proportions) {
      sum += p * (1 - p);
    }
    return sum / (q - 1);
  }
}
