package org.verbatim.core.agreement;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.agreement.internal.ContinuumTally;

/**
 * Krippendorff's unitizing alpha family for the categories of one semantic domain (Krippendorff,
 * Mathet, Bouvry &amp; Widlöcher 2016, "On the reliability of unitizing textual continua: further
 * developments", Quality &amp; Quantity 50:2347–2364; Krippendorff 2019, Content Analysis, 4th ed.,
 * sec. 12.6): {@link #uAlpha() uα} (unitizing and coding together), {@link #binaryUAlpha() |uα}
 * (relevant vs. irrelevant matter) and {@link #cuAlpha() cuα} (coding of the matter that coders'
 * units share). Each coder's segments and the gaps between them partition the continuum; a segment
 * is one unit, so adjacent segments of one category stay two units.
 *
 * <p>Limits: nominal categories only; within the domain a coder's segments must not overlap (the
 * categories of a semantic domain are mutually exclusive); at least two coders. For cuα the
 * self-pairing of a segment is the square of its mean length shared with the other coders' coded
 * matter, the form of Krippendorff (2019) that reproduces the book's worked example (Figure 12.11:
 * uα = .510, |uα = .413, cuα = .724); the 2016 paper's equation 10 as implemented in public code
 * averages the squares instead, which agrees for two coders and differs for three or more.
 */
public final class UnitizingAlpha {
  private final ContinuumTally tally;

  /**
   * Tallies {@code study}, all of whose categories are taken as one semantic domain.
   *
   * @throws UndefinedStatisticException with fewer than two coders or overlapping segments
   */
  public UnitizingAlpha(UnitizedStudy study) {
    if (study.coderCount() < 2) {
      throw new UndefinedStatisticException(
          "needs at least two coders; the data has " + study.coderCount());
    }
    List<String> categories = study.categories();
    Map<String, Integer> index = new HashMap<>();
    for (String c : categories) {
      index.putIfAbsent(c, index.size());
    }
    List<String> coders = study.coders();
    int m = coders.size();
    int[][] starts = new int[m][];
    int[][] ends = new int[m][];
    int[][] cats = new int[m][];
    for (int i = 0; i < m; i++) {
      List<Segment> segments = study.segments(coders.get(i));
      starts[i] = new int[segments.size()];
      ends[i] = new int[segments.size()];
      cats[i] = new int[segments.size()];
      for (int s = 0; s < segments.size(); s++) {
        Segment seg = segments.get(s);
        if (s > 0 && seg.start() < segments.get(s - 1).end()) {
          throw new UndefinedStatisticException(
              "coder '"
                  + coders.get(i)
                  + "' has overlapping segments "
                  + segments.get(s - 1)
                  + " and "
                  + seg
                  + "; the categories of one semantic domain must be mutually exclusive"
                  + " (put overlapping categories in separate domains)");
        }
        starts[i][s] = seg.start();
        ends[i][s] = seg.end();
        cats[i][s] = index.get(seg.category());
      }
    }
    this.tally = new ContinuumTally(study.length(), starts, ends, cats, index.size());
  }

  /** uα: agreement on where units are and which category they carry, gaps included. */
  public double uAlpha() {
    double alpha = ContinuumTally.nominalAlpha(tally.observed, tally.selfPairs);
    if (Double.isNaN(alpha)) {
      throw new UndefinedStatisticException(
          codedShare() == 0
              ? "no coder coded anything, so there is no variation to assess"
              : "every coder gave the whole continuum one and the same category");
    }
    return alpha;
  }

  /** |uα: agreement on which matter is relevant (coded at all) and which is not. */
  public double binaryUAlpha() {
    double[][] o = tally.observed;
    int v = o.length;
    double[][] binary = new double[2][2];
    double[] self = {tally.selfPairs[0], 0};
    for (int c = 0; c < v; c++) {
      if (c > 0) {
        self[1] += tally.selfPairs[c];
      }
      for (int k = 0; k < v; k++) {
        binary[c == 0 ? 0 : 1][k == 0 ? 0 : 1] += o[c][k];
      }
    }
    double alpha = ContinuumTally.nominalAlpha(binary, self);
    if (Double.isNaN(alpha)) {
      throw new UndefinedStatisticException(
          codedShare() == 0
              ? "no coder coded anything, so relevant and irrelevant matter cannot be compared"
              : "every coder coded the whole continuum, so there is no irrelevant matter to"
                  + " distinguish");
    }
    return alpha;
  }

  /** cuα: agreement on the categories of the matter that different coders' units share. */
  public double cuAlpha() {
    double[][] o = codedObserved();
    double[] self = codedSelf();
    double shared = 0;
    for (double[] row : o) {
      for (double x : row) {
        shared += x;
      }
    }
    if (shared == 0) {
      throw new UndefinedStatisticException(
          "no coded segments of different coders intersect, so there is no shared matter whose"
              + " coding could be compared");
    }
    double alpha = ContinuumTally.nominalAlpha(o, self);
    if (Double.isNaN(alpha)) {
      throw new UndefinedStatisticException(
          "all intersecting coded matter carries one category, so there is no variation to"
              + " assess");
    }
    return alpha;
  }

  /** Observed coincidences among categories only (gap row and column removed). */
  double[][] codedObserved() {
    int v = tally.observed.length - 1;
    double[][] o = new double[v][v];
    for (int c = 0; c < v; c++) {
      System.arraycopy(tally.observed[c + 1], 1, o[c], 0, v);
    }
    return o;
  }

  /** Observed coincidences including the gap (index 0), for the per-value coverage. */
  double[][] fullObserved() {
    return tally.observed;
  }

  double[] codedSelf() {
    return java.util.Arrays.copyOfRange(tally.codedSelfPairs, 1, tally.codedSelfPairs.length);
  }

  private double codedShare() {
    double gap = tally.observed[0][0];
    double total = 0;
    for (double[] row : tally.observed) {
      for (double x : row) {
        total += x;
      }
    }
    return total - gap;
  }

  /**
   * |uα for each category of {@code study} on its own: that category's segments against everything
   * else (the family's per-category binary coefficient as ATLAS.ti reports it).
   */
  public static Map<String, Statistic> binaryByCategory(UnitizedStudy study) {
    Map<String, Statistic> byCategory = new LinkedHashMap<>();
    for (String category : study.categories()) {
      byCategory.put(
          category,
          Statistic.compute(
              () -> new UnitizingAlpha(study.restrictedTo(List.of(category))).binaryUAlpha()));
    }
    return byCategory;
  }
}
