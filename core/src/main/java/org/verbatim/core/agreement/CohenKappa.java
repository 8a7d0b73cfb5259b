package org.verbatim.core.agreement;

/**
 * Cohen's kappa for two coders: {@code (p_o − p_e)/(1 − p_e)} with {@code p_e = Σ_c p_1c p_2c} from
 * each coder's own marginal proportions (Cohen 1960, "A coefficient of agreement for nominal
 * scales", Educational and Psychological Measurement 20(1):37–46).
 *
 * <p>Limits: exactly two coders; units where either value is missing are left out (listwise);
 * undefined when chance agreement is 1 (both coders used one and the same category only).
 */
public final class CohenKappa extends ChanceCorrected {
  private static final String NAME = "Cohen's kappa";

  public CohenKappa(UnitStudy study) {
    this(new TwoCoderTable(study, NAME));
  }

  /** Cohen's kappa of one pair of a many-coder study, for Light's kappa. */
  static CohenKappa ofPair(UnitStudy study, int a, int b) {
    return new CohenKappa(new TwoCoderTable(study, NAME, a, b));
  }

  private CohenKappa(TwoCoderTable table) {
    super(NAME, table.observed, expected(table));
  }

  private static double expected(TwoCoderTable table) {
    double pe = 0;
    for (int c = 0; c < table.first.length; c++) {
      pe += table.first[c] * table.second[c];
    }
    return pe;
  }
}
