package org.verbatim.core.agreement;

/**
 * Conger's kappa for any number of coders: Cohen's kappa generalised with each coder's own
 * marginals, {@code p_e = Σ_k (p̄_k² − s_k²/r)} where {@code p̄_k} is the mean over the {@code r}
 * coders of coder g's proportion {@code p_gk} of units in category k and {@code s_k²} their
 * variance (Conger 1980, "Integration and generalization of kappas for multiple raters",
 * Psychological Bulletin 88(2):322–328). With missing values it follows Gwet (2014, Handbook of
 * Inter-Rater Reliability, 4th ed.; irrCAC {@code conger.kappa.raw}): {@code p_a} as in Fleiss'
 * kappa, {@code p_gk} over the units coder g coded.
 *
 * <p>Limits: at least two coders (with two and nothing missing it equals Cohen's kappa); every
 * coder must have coded a unit; undefined when chance agreement is 1.
 */
public final class CongerKappa extends ChanceCorrected {
  private static final String NAME = "Conger's kappa";

  public CongerKappa(UnitStudy study) {
    super(NAME, new MultiCoderAgreement(study).observed, expected(study));
  }

  private static double expected(UnitStudy study) {
    int r = study.coderCount();
    int q = study.categories().size();
    double[][] p = new double[r][q];
    for (int g = 0; g < r; g++) {
      int coded = 0;
      for (int u = 0; u < study.unitCount(); u++) {
        int c = study.cell(u, g);
        if (c >= 0) {
          p[g][c]++;
          coded++;
        }
      }
      if (coded == 0) {
        throw new UndefinedStatisticException(
            NAME
                + " needs every coder to have coded a unit; '"
                + study.coders().get(g)
                + "' has none");
      }
      for (int k = 0; k < q; k++) {
        p[g][k] /= coded;
      }
    }
    double pe = 0;
    for (int k = 0; k < q; k++) {
      double mean = 0;
      for (int g = 0; g < r; g++) {
        mean += p[g][k];
      }
      mean /= r;
      double squares = 0;
      for (int g = 0; g < r; g++) {
        squares += p[g][k] * p[g][k];
      }
      double variance = (squares - r * mean * mean) / (r - 1);
      pe += mean * mean - variance / r;
    }
    return pe;
  }
}
