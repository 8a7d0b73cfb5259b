package org.verbatim.core.agreement;

/**
 * A chance-corrected agreement coefficient {@code (p_o − p_e)/(1 − p_e)}: the form Cohen's kappa,
 * Scott's pi, Fleiss' kappa, Gwet's AC1 and Brennan–Prediger share, differing only in how each
 * estimates chance agreement {@code p_e}.
 */
public abstract sealed class ChanceCorrected
    permits CohenKappa,
        ScottPi,
        FleissKappa,
        GwetAc1,
        BrennanPrediger,
        CongerKappa,
        WeightedKappa,
        GwetAc2 {
  private final String name;
  private final double observed;
  private final double expected;

  ChanceCorrected(String name, double observed, double expected) {
    this.name = name;
    this.observed = observed;
    this.expected = expected;
  }

  /** Observed agreement {@code p_o}. */
  public double observedAgreement() {
    return observed;
  }

  /** Chance agreement {@code p_e}. */
  public double expectedAgreement() {
    return expected;
  }

  /**
   * The coefficient, at most 1.
   *
   * @throws UndefinedStatisticException when chance agreement is 1, leaving no variation to assess
   */
  public double value() {
    if (expected >= 1.0 - 1e-12) {
      throw Requirements.noVariation(name);
    }
    return (observed - expected) / (1.0 - expected);
  }
}
