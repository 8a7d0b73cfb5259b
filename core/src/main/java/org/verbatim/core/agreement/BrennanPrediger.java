package org.verbatim.core.agreement;

/**
 * Brennan–Prediger's free-marginal coefficient {@code (p_a − 1/q)/(1 − 1/q)} (Brennan &amp;
 * Prediger 1981, "Coefficient kappa: some uses, misuses, and alternatives", Educational and
 * Psychological Measurement 41:687–699); for more than two coders it is Randolph's free-marginal
 * multirater kappa (Randolph 2005, "Free-marginal multirater kappa"). Missing values follow Gwet
 * (2014, Handbook of Inter-Rater Reliability; irrCAC {@code bp.coeff.raw}).
 *
 * <p>Limits: {@code q} counts the categories that occur plus any declared with {@link
 * UnitStudy.Builder#declareCategories} — declare the full category set when coders could have
 * chosen categories nobody used; undefined with fewer than two categories.
 */
public final class BrennanPrediger extends ChanceCorrected {
  private static final String NAME = "Brennan–Prediger";

  public BrennanPrediger(UnitStudy study) {
    this(new MultiCoderAgreement(study));
  }

  private BrennanPrediger(MultiCoderAgreement agreement) {
    super(NAME, agreement.observed, expected(agreement));
  }

  private static double expected(MultiCoderAgreement agreement) {
    if (agreement.categories < 2) {
      throw Requirements.noVariation(NAME);
    }
    return 1.0 / agreement.categories;
  }
}
