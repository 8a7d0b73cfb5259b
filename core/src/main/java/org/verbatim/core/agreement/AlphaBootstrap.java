package org.verbatim.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.verbatim.core.agreement.internal.CoincidenceAlpha;
import org.verbatim.core.agreement.internal.UnitTallies;

/**
 * Percentile bootstrap confidence interval for Krippendorff's alpha by resampling units with
 * replacement (the pairable units, those with two or more values), seedable so a run can be
 * repeated exactly. This is the plain unit bootstrap (Efron &amp; Tibshirani 1993, ch. 13), not
 * Hayes &amp; Krippendorff's (2007) algorithm, which resamples pairs of values.
 *
 * <p>Limits: replicates whose alpha is undefined (e.g. a resample with one category only) are left
 * out and counted; undefined when more than half of them are.
 */
public final class AlphaBootstrap {
  /** The method name printed beside the interval. */
  public static final String METHOD = "percentile bootstrap over units";

  private final double[] numbers;
  private final Level level;
  private final int categories;
  private final int[] unitPattern;
  private final List<double[]> patternEntries = new ArrayList<>();

  public AlphaBootstrap(UnitStudy study, Level level) {
    Requirements.atLeastTwoCoders(study);
    Requirements.atLeastOneUnit(study);
    this.level = level;
    this.numbers = KrippendorffAlpha.numbers(study.categories(), level);
    UnitTallies t = study.tallies();
    this.categories = t.categoryCount();
    // Units with equal tallies contribute equal coincidences; grouping them makes each replicate
    // cost one pass over the few distinct patterns instead of over all units.
    Map<String, Integer> patterns = new HashMap<>();
    int[] pattern = new int[t.units()];
    int pairable = 0;
    for (int u = 0; u < t.units(); u++) {
      if (t.values(u) < 2) {
        continue;
      }
      String key = key(t, u);
      final int unit = u;
      pattern[pairable++] =
          patterns.computeIfAbsent(
              key,
              k -> {
                patternEntries.add(entries(t, unit));
                return patternEntries.size() - 1;
              });
    }
    if (pairable == 0) {
      throw Requirements.noPairableUnit();
    }
    this.unitPattern = Arrays.copyOf(pattern, pairable);
  }

  /**
   * The interval at {@code confidence} (in (0, 1)) from {@code replicates} resamples drawn with
   * {@code seed}.
   *
   * @throws UndefinedStatisticException when most replicates give no alpha
   */
  public ConfidenceInterval interval(double confidence, int replicates, long seed) {
    if (!(confidence > 0 && confidence < 1) || replicates < 1) {
      throw new IllegalArgumentException("confidence in (0,1) and replicates >= 1 required");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int n = unitPattern.length;
    int[] counts = new int[patternEntries.size()];
    double[] alphas = new double[replicates];
    int defined = 0;
    for (int r = 0; r < replicates; r++) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[unitPattern[random.nextInt(n)]]++;
      }
      double[][] o = new double[categories][categories];
      for (int p = 0; p < counts.length; p++) {
        if (counts[p] == 0) {
          continue;
        }
        double[] e = patternEntries.get(p);
        for (int i = 0; i < e.length; i += 3) {
          o[(int) e[i]][(int) e[i + 1]] += counts[p] * e[i + 2];
        }
      }
      try {
        alphas[defined] = CoincidenceAlpha.alpha(o, level, numbers);
        defined++;
      } catch (UndefinedStatisticException e) {
        // counted below
      }
    }
    int undefined = replicates - defined;
    if (defined * 2 < replicates) {
      throw new UndefinedStatisticException(
          "bootstrap interval undefined: alpha was undefined in "
              + undefined
              + " of "
              + replicates
              + " resamples");
    }
    double[] sorted = Arrays.copyOf(alphas, defined);
    Arrays.sort(sorted);
    double tail = (1 - confidence) / 2;
    return new ConfidenceInterval(
        quantile(sorted, tail),
        quantile(sorted, 1 - tail),
        confidence,
        replicates,
        undefined,
        seed,
        METHOD);
  }

  private static double quantile(double[] sorted, double p) {
    // Linear interpolation between order statistics (Hyndman & Fan type 7, R's default).
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static String key(UnitTallies t, int u) {
    long[] pairs = new long[t.end(u) - t.start(u)];
    for (int k = t.start(u); k < t.end(u); k++) {
      pairs[k - t.start(u)] = ((long) t.category(k) << 32) | t.count(k);
    }
    Arrays.sort(pairs);
    return Arrays.toString(pairs);
  }

  private static double[] entries(UnitTallies t, int u) {
    List<Double> flat = new ArrayList<>();
    double w = 1.0 / (t.values(u) - 1);
    for (int a = t.start(u); a < t.end(u); a++) {
      for (int b = t.start(u); b < t.end(u); b++) {
        double na = t.count(a);
        double value = a == b ? na * (na - 1) * w : na * t.count(b) * w;
        if (value != 0) {
          flat.add((double) t.category(a));
          flat.add((double) t.category(b));
          flat.add(value);
        }
      }
    }
    return flat.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
