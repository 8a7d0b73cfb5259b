package org.verbatim.core.agreement;

/**
 * Fleiss' kappa for any number of coders: {@code (p_a − p_e)/(1 − p_e)} with {@code p_e = Σ_k π_k²}
 * (Fleiss 1971, "Measuring nominal scale agreement among many raters", Psychological Bulletin
 * 76(5):378–382). With missing values it follows Gwet's generalisation (Gwet 2014, Handbook of
 * Inter-Rater Reliability, 4th ed.; irrCAC {@code fleiss.kappa.raw}); without them it is Fleiss'
 * original.
 *
 * <p>Limits: needs a unit with two values; undefined when only one category occurs.
 */
public final class FleissKappa extends ChanceCorrected {
  private static final String NAME = "Fleiss' kappa";

  public FleissKappa(UnitStudy study) {
    this(new MultiCoderAgreement(study));
  }

  private FleissKappa(MultiCoderAgreement agreement) {
    super(NAME, agreement.observed, expected(agreement));
  }

  private static double expected(MultiCoderAgreement agreement) {
    double pe = 0;
    for (double p : agreement.proportions) {
      pe += p * p;
    }
    return pe;
  }
}
