package org.verbatim.core.agreement;

import java.util.List;

/**
 * Light's kappa: the mean of Cohen's kappa over every pair of coders (Light 1971, "Measures of
 * response agreement for qualitative data: some generalizations and alternatives", Psychological
 * Bulletin 76(5):365–377).
 *
 * <p>Limits: at least two coders (with two it is Cohen's kappa); each pair uses the units both of
 * its coders coded (listwise per pair); undefined when Cohen's kappa is undefined for any pair,
 * naming the pair.
 */
public final class LightKappa {
  private final double value;

  public LightKappa(UnitStudy study) {
    Requirements.atLeastTwoCoders(study);
    Requirements.atLeastOneUnit(study);
    double sum = 0;
    int pairs = 0;
    List<String> coders = study.coders();
    for (int a = 0; a < coders.size(); a++) {
      for (int b = a + 1; b < coders.size(); b++) {
        try {
          sum += CohenKappa.ofPair(study, a, b).value();
        } catch (UndefinedStatisticException e) {
          throw new UndefinedStatisticException(
              "Light's kappa is undefined: for "
                  + coders.get(a)
                  + " and "
                  + coders.get(b)
                  + ", "
                  + e.reason());
        }
        pairs++;
      }
    }
    value = sum / pairs;
  }

  /** The mean pairwise Cohen's kappa. */
  public double value() {
    return value;
  }
}
