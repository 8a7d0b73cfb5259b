package org.verbatim.core.agreement;

import java.util.List;
import java.util.Objects;

/**
 * The multi-coder and ordinal statistics of a unit study: Conger's and Light's kappa, weighted
 * Cohen's kappa and Gwet's AC2 with linear and quadratic weights over {@code categoryOrder} (empty
 * when no order was given and the categories are not numbers, the weighted ones then carrying that
 * reason), and the convention Cohen's kappa used for missing values with the number of units it
 * used.
 */
public record UnitReliabilityExtras(
    Statistic congerKappa,
    Statistic lightKappa,
    Statistic weightedKappaLinear,
    Statistic weightedKappaQuadratic,
    Statistic gwetAC2Linear,
    Statistic gwetAC2Quadratic,
    List<String> categoryOrder,
    String cohenKappaMissing) {

  /** How Cohen's kappa (and weighted kappa, Scott's pi) treat a unit with a missing value. */
  public static final String LISTWISE =
      "listwise: a unit either coder left uncoded is dropped before the table is formed";

  public UnitReliabilityExtras {
    Objects.requireNonNull(congerKappa);
    Objects.requireNonNull(lightKappa);
    Objects.requireNonNull(weightedKappaLinear);
    Objects.requireNonNull(weightedKappaQuadratic);
    Objects.requireNonNull(gwetAC2Linear);
    Objects.requireNonNull(gwetAC2Quadratic);
    categoryOrder = List.copyOf(categoryOrder);
    Objects.requireNonNull(cohenKappaMissing);
  }

  /**
   * Computes them for {@code study}; {@code order} is the category order for the weighted ones.
   *
   * @throws org.verbatim.core.model.InvalidInputException when a category of the data is missing
   *     from the given order
   */
  public static UnitReliabilityExtras compute(
      UnitStudy study, java.util.Optional<List<String>> order) {
    CategoryOrder ordered;
    String orderReason = "";
    try {
      ordered = CategoryOrder.of(study, order);
    } catch (UndefinedStatisticException e) {
      ordered = null;
      orderReason = e.reason();
    }
    CategoryOrder o = ordered;
    String reason = orderReason;
    return new UnitReliabilityExtras(
        Statistic.compute(() -> new CongerKappa(study).value()),
        Statistic.compute(() -> new LightKappa(study).value()),
        weighted(o, reason, () -> new WeightedKappa(study, o, Weighting.LINEAR).value()),
        weighted(o, reason, () -> new WeightedKappa(study, o, Weighting.QUADRATIC).value()),
        weighted(o, reason, () -> new GwetAc2(study, o, Weighting.LINEAR).value()),
        weighted(o, reason, () -> new GwetAc2(study, o, Weighting.QUADRATIC).value()),
        o == null ? List.of() : o.categories(),
        missingConvention(study));
  }

  private static Statistic weighted(
      @org.jspecify.annotations.Nullable CategoryOrder order,
      String reason,
      java.util.function.DoubleSupplier measure) {
    return order == null ? Statistic.undefined(reason) : Statistic.compute(measure);
  }

  private static String missingConvention(UnitStudy study) {
    if (study.coderCount() != 2) {
      return LISTWISE;
    }
    int complete = 0;
    for (int u = 0; u < study.unitCount(); u++) {
      if (study.cell(u, 0) >= 0 && study.cell(u, 1) >= 0) {
        complete++;
      }
    }
    return LISTWISE + " (" + complete + " of " + study.unitCount() + " units used)";
  }
}
