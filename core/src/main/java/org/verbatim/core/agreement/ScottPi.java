package org.verbatim.core.agreement;

/**
 * Scott's pi for two coders: {@code (p_o − p_e)/(1 − p_e)} with {@code p_e = Σ_c ((p_1c +
 * p_2c)/2)²} from the pooled marginal proportions (Scott 1955, "Reliability of content analysis:
 * the case of nominal scale coding", Public Opinion Quarterly 19(3):321–325). Fleiss' kappa is its
 * generalisation to more coders.
 *
 * <p>Limits: exactly two coders; units with a missing value are left out (listwise); undefined when
 * only one category occurs.
 */
public final class ScottPi extends ChanceCorrected {
  private static final String NAME = "Scott's pi";

  public ScottPi(UnitStudy study) {
    this(new TwoCoderTable(study, NAME));
  }

  private ScottPi(TwoCoderTable table) {
    super(NAME, table.observed, expected(table));
  }

  private static double expected(TwoCoderTable table) {
    double pe = 0;
    for (int c = 0; c < table.first.length; c++) {
      double pooled = (table.first[c] + table.second[c]) / 2;
      pe += pooled * pooled;
    }
    return pe;
  }
}
