package org.verbatim.core.words;

/**
 * Dunning's log-likelihood ratio G² for a word seen {@code a} times in a target corpus of {@code c}
 * words and {@code b} times in a reference corpus of {@code d} words (Dunning 1993, "Accurate
 * methods for the statistics of surprise and coincidence"; the two-corpus form of Rayson and
 * Garside 2000):
 *
 * <pre>
 *   E1 = c (a + b) / (c + d)        E2 = d (a + b) / (c + d)
 *   G² = 2 (a ln(a / E1) + b ln(b / E2))
 * </pre>
 *
 * with {@code 0 ln 0 = 0}. G² is 0 when the word is equally frequent in both and grows with the
 * difference; 3.84 corresponds to p &lt; 0.05 and 6.63 to p &lt; 0.01 (chi-squared, 1 degree of
 * freedom).
 */
public final class LogLikelihood {
  private LogLikelihood() {}

  /**
   * @throws IllegalArgumentException for negative counts, counts above their totals, or an empty
   *     corpus
   */
  public static double g2(long a, long b, long c, long d) {
    if (a < 0 || b < 0 || a > c || b > d || c <= 0 || d <= 0) {
      throw new IllegalArgumentException(
          "log-likelihood needs 0 <= a <= c, 0 <= b <= d, c, d > 0; was a="
              + a
              + " b="
              + b
              + " c="
              + c
              + " d="
              + d);
    }
    double n = (double) c + d;
    double e1 = c * (double) (a + b) / n;
    double e2 = d * (double) (a + b) / n;
    return 2 * (term(a, e1) + term(b, e2));
  }

  /** Whether the word is relatively more frequent in the target than in the reference. */
  public static boolean overused(long a, long b, long c, long d) {
    return (double) a / c > (double) b / d;
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }
}
