package org.verbatim.core.agreement;

/**
 * The two coders' joint proportions over units both coded (listwise deletion of units with a
 * missing value), shared by Cohen's kappa and Scott's pi.
 */
final class TwoCoderTable {
  final double observed;
  final double[] first;
  final double[] second;

  TwoCoderTable(UnitStudy study, String name) {
    this(checked(study, name), name, 0, 1);
  }

  private static UnitStudy checked(UnitStudy study, String name) {
    Requirements.exactlyTwoCoders(study, name);
    return study;
  }

  /** The table of coders {@code a} and {@code b} of a study with any number of coders. */
  TwoCoderTable(UnitStudy study, String name, int a0, int b0) {
    Requirements.atLeastOneUnit(study);
    int categories = study.categories().size();
    first = new double[categories];
    second = new double[categories];
    int n = 0;
    int agree = 0;
    for (int u = 0; u < study.unitCount(); u++) {
      int a = study.cell(u, a0);
      int b = study.cell(u, b0);
      if (a < 0 || b < 0) {
        continue;
      }
      n++;
      first[a]++;
      second[b]++;
      if (a == b) {
        agree++;
      }
    }
    if (n == 0) {
      throw new UndefinedStatisticException(name + " needs units coded by both coders; no unit is");
    }
    for (int c = 0; c < categories; c++) {
      first[c] /= n;
      second[c] /= n;
    }
    observed = (double) agree / n;
  }
}
