package org.verbatim.core.agreement;

import org.verbatim.core.agreement.internal.UnitTallies;

/**
 * Gwet's AC2, the weighted AC1, for any number of coders and ordered categories (Gwet 2014,
 * Handbook of Inter-Rater Reliability, 4th ed., ch. 3 and 4; irrCAC {@code gwet.ac1.raw} with
 * weights): {@code p_a} averages {@code Σ_k r_ik(r*_ik − 1)/(r_i(r_i − 1))} with {@code r*_ik = Σ_l
 * w_kl r_il} over units with two or more values; {@code p_e = T_w Σ_k π_k(1−π_k)/(q(q−1))} with
 * {@code T_w} the sum of all weights and {@code q} the size of the category order.
 *
 * <p>Limits: needs a {@link CategoryOrder} with at least two categories and a unit with two values;
 * missing values as in Gwet (2014).
 */
public final class GwetAc2 extends ChanceCorrected {

  public GwetAc2(UnitStudy study, CategoryOrder order, Weighting weighting) {
    this(new Terms(study, order, weighting), weighting);
  }

  private GwetAc2(Terms t, Weighting weighting) {
    super("Gwet's AC2 (" + weighting.label() + ")", t.observed, t.expected);
  }

  private static final class Terms {
    final double observed;
    final double expected;

    Terms(UnitStudy study, CategoryOrder order, Weighting weighting) {
      Requirements.atLeastTwoCoders(study);
      Requirements.atLeastOneUnit(study);
      int q = order.size();
      if (q < 2) {
        throw Requirements.noVariation("Gwet's AC2");
      }
      int[] rank = order.ranks(study);
      double[][] w = weighting.matrix(q);
      UnitTallies t = study.tallies();
      double[] pi = new double[q];
      double agreementSum = 0;
      int pairable = 0;
      int coded = 0;
      double[] counts = new double[q];
      for (int u = 0; u < t.units(); u++) {
        int r = t.values(u);
        if (r == 0) {
          continue;
        }
        coded++;
        java.util.Arrays.fill(counts, 0);
        for (int e = t.start(u); e < t.end(u); e++) {
          counts[rank[t.category(e)]] += t.count(e);
        }
        double sum = 0;
        for (int k = 0; k < q; k++) {
          pi[k] += counts[k] / r;
          if (counts[k] == 0) {
            continue;
          }
          double weighted = 0;
          for (int l = 0; l < q; l++) {
            weighted += w[k][l] * counts[l];
          }
          sum += counts[k] * (weighted - 1);
        }
        if (r >= 2) {
          agreementSum += sum / ((double) r * (r - 1));
          pairable++;
        }
      }
      if (pairable == 0) {
        throw Requirements.noPairableUnit();
      }
      double totalWeight = 0;
      for (double[] row : w) {
        for (double x : row) {
          totalWeight += x;
        }
      }
      double spread = 0;
      for (int k = 0; k < q; k++) {
        double p = pi[k] / coded;
        spread += p * (1 - p);
      }
      observed = agreementSum / pairable;
      expected = totalWeight * spread / (q * (q - 1.0));
    }
  }
}
