package org.verbatim.core.agreement;

/**
 * Cohen's weighted kappa for two coders and ordered categories: {@code p_o = Σ w_kl p_kl}, {@code
 * p_e = Σ w_kl p_k. p_.l} (Cohen 1968, "Weighted kappa: nominal scale agreement with provision for
 * scaled disagreement or partial credit", Psychological Bulletin 70(4):213–220; weights as Gwet
 * 2014 and irrCAC {@code kappa2.table}).
 *
 * <p>Limits: exactly two coders; units where either value is missing are left out (listwise); needs
 * a {@link CategoryOrder}; undefined when chance agreement is 1.
 */
public final class WeightedKappa extends ChanceCorrected {

  public WeightedKappa(UnitStudy study, CategoryOrder order, Weighting weighting) {
    this(new Tables(study, order, weighting), weighting);
  }

  private WeightedKappa(Tables t, Weighting weighting) {
    super("weighted kappa (" + weighting.label() + ")", t.observed, t.expected);
  }

  private static final class Tables {
    final double observed;
    final double expected;

    Tables(UnitStudy study, CategoryOrder order, Weighting weighting) {
      String name = "Cohen's weighted kappa";
      Requirements.exactlyTwoCoders(study, name);
      Requirements.atLeastOneUnit(study);
      int q = order.size();
      int[] rank = order.ranks(study);
      double[][] w = weighting.matrix(q);
      double[][] joint = new double[q][q];
      double[] first = new double[q];
      double[] second = new double[q];
      int n = 0;
      for (int u = 0; u < study.unitCount(); u++) {
        int a = study.cell(u, 0);
        int b = study.cell(u, 1);
        if (a < 0 || b < 0) {
          continue;
        }
        n++;
        joint[rank[a]][rank[b]]++;
        first[rank[a]]++;
        second[rank[b]]++;
      }
      if (n == 0) {
        throw new UndefinedStatisticException(name + " needs units coded by both coders; none is");
      }
      double po = 0;
      double pe = 0;
      for (int k = 0; k < q; k++) {
        for (int l = 0; l < q; l++) {
          po += w[k][l] * joint[k][l] / n;
          pe += w[k][l] * (first[k] / n) * (second[l] / n);
        }
      }
      observed = po;
      expected = pe;
    }
  }
}
