package org.verbatim.core.agreement;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.agreement.internal.ContinuumTally;

/**
 * Cuα: the coding reliability across several semantic domains, as reported by ATLAS.ti beside the
 * per-domain cuα (Krippendorff 2019, Content Analysis, 4th ed., sec. 12.6). Computed as cuα over
 * the domains taken together: each domain is a separate copy of the continuum, so observed
 * coincidences never cross domains while chance coincidences may.
 *
 * <p>Limits: as {@link UnitizingAlpha}; this pooling is our reading of the coefficient and has not
 * been checked against a published worked example.
 */
public final class CuAlpha {
  private final double value;

  /**
   * @throws UndefinedStatisticException when any domain cannot be tallied or no coded matter of
   *     different coders intersects in any domain
   */
  public CuAlpha(UnitizedStudy study) {
    List<double[][]> blocks = new ArrayList<>();
    List<double[]> selves = new ArrayList<>();
    int size = 0;
    for (var domain : study.domains().entrySet()) {
      UnitizingAlpha alpha;
      try {
        alpha = new UnitizingAlpha(study.restrictedTo(domain.getValue()));
      } catch (UndefinedStatisticException e) {
        throw new UndefinedStatisticException("domain '" + domain.getKey() + "': " + e.reason());
      }
      blocks.add(alpha.codedObserved());
      selves.add(alpha.codedSelf());
    }
    for (double[][] block : blocks) {
      size += block.length;
    }
    double[][] o = new double[size][size];
    double[] self = new double[size];
    int at = 0;
    double shared = 0;
    for (int d = 0; d < blocks.size(); d++) {
      double[][] block = blocks.get(d);
      for (int c = 0; c < block.length; c++) {
        for (int k = 0; k < block.length; k++) {
          o[at + c][at + k] = block[c][k];
          shared += block[c][k];
        }
        self[at + c] = selves.get(d)[c];
      }
      at += block.length;
    }
    if (shared == 0) {
      throw new UndefinedStatisticException(
          "in no domain do coded segments of different coders intersect");
    }
    double alpha = ContinuumTally.nominalAlpha(o, self);
    if (Double.isNaN(alpha)) {
      throw new UndefinedStatisticException(
          "all intersecting coded matter carries one category, so there is no variation to"
              + " assess");
    }
    this.value = alpha;
  }

  public double value() {
    return value;
  }
}
