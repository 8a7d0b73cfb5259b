package org.verbatim.core.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's per-value unitizing agreement {@code (k)uα} (Krippendorff 2019, Content Analysis,
 * 4th ed., sec. 12.6, eq. 38): how reliably one value k is used within the coded matter different
 * coders' segments share. From cuα's coincidences {@code ℓ*} and expected coincidences {@code ε*}
 * (gaps removed, self-pairings as for {@link UnitizingAlpha#cuAlpha()}): {@code (k)uα = 1 −
 * (ε*_.k/ℓ*_.k)·(ℓ*_.k − ℓ*_kk)/(ε*_.k − ε*_kk)}. Beside it, coverage {@code ℓ*_.k/ℓ_.k}: the share
 * of k's matter that meets other coders' coded matter at all (the rest meets only gaps, and is
 * judged by |uα, not here).
 *
 * <p>Limits: as {@link UnitizingAlpha}; undefined for a value none of whose matter meets another
 * coder's coded matter, or whose expected disagreement is zero.
 */
public final class PerValueUAlpha {
  private PerValueUAlpha() {}

  /** One value's coefficient and coverage (0–1). */
  public record ValueAgreement(Statistic alpha, double coverage) {}

  /**
   * (k)uα for every category of {@code study}, taken as one semantic domain, in category order.
   *
   * @throws UndefinedStatisticException when the study cannot be tallied (see {@link
   *     UnitizingAlpha})
   */
  public static Map<String, ValueAgreement> of(UnitizedStudy study) {
    UnitizingAlpha alpha = new UnitizingAlpha(study);
    double[][] o = alpha.codedObserved();
    double[] self = alpha.codedSelf();
    double[][] full = alpha.fullObserved();
    int v = o.length;
    double n = 0;
    double selfSum = 0;
    double[] margin = new double[v];
    for (int c = 0; c < v; c++) {
      for (int k = 0; k < v; k++) {
        margin[c] += o[c][k];
      }
      n += margin[c];
      selfSum += self[c];
    }
    double scale = n > 0 ? (n * n - selfSum) / n : 0;
    List<String> categories = study.categories();
    Map<String, ValueAgreement> out = new LinkedHashMap<>();
    for (int k = 0; k < v; k++) {
      double fullMargin = 0;
      for (double[] row : full) {
        fullMargin += row[k + 1];
      }
      double coverage = fullMargin > 0 ? margin[k] / fullMargin : 0;
      out.put(categories.get(k), new ValueAgreement(value(o, margin, self, n, scale, k), coverage));
    }
    return out;
  }

  private static Statistic value(
      double[][] o, double[] margin, double[] self, double n, double scale, int k) {
    if (!(margin[k] > 0)) {
      return Statistic.undefined(
          "none of this value's matter meets another coder's coded matter (it meets only gaps)");
    }
    if (!(scale > 0)) {
      return Statistic.undefined("the shared coded matter is too small to estimate chance");
    }
    double expectedMargin = (margin[k] * n - self[k]) / scale;
    double expectedDiagonal = (margin[k] * margin[k] - self[k]) / scale;
    double expectedDisagreement = expectedMargin - expectedDiagonal;
    double observedDisagreement = margin[k] - o[k][k];
    if (!(expectedDisagreement > 1e-9 * n)) {
      return Statistic.undefined(
          "no disagreement on this value is expected by chance (it is the only value in the shared"
              + " coded matter)");
    }
    return Statistic.of(
        1 - (expectedMargin / margin[k]) * observedDisagreement / expectedDisagreement);
  }
}
