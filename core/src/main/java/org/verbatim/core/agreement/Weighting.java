package org.verbatim.core.agreement;

/**
 * Agreement weights between ordered categories of ranks {@code k} and {@code l} out of {@code q}
 * (Cohen 1968; Gwet 2014, Handbook of Inter-Rater Reliability, 4th ed., ch. 3; irrCAC's {@code
 * linear.weights} and {@code quadratic.weights} on ranks): 1 for the same category, falling to 0
 * for the two ends of the scale.
 */
public enum Weighting {
  /** {@code 1 − |k−l|/(q−1)}. */
  LINEAR,
  /** {@code 1 − (k−l)²/(q−1)²}. */
  QUADRATIC;

  /** The q × q weight matrix. */
  double[][] matrix(int q) {
    double[][] w = new double[q][q];
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        if (q == 1) {
          w[k][l] = 1;
          continue;
        }
        double d = Math.abs(k - l) / (double) (q - 1);
        w[k][l] = this == LINEAR ? 1 - d : 1 - d * d;
      }
    }
    return w;
  }

  /** Lower-case name as used in reports ("linear", "quadratic"). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
