package org.verbatim.core.agreement;

import java.util.Optional;

/** Computes every unit-data statistic of a study into one report; undefined ones carry a reason. */
public final class UnitReliability {
  private UnitReliability() {}

  /** All statistics, alpha at {@code level}, without a bootstrap interval. */
  public static UnitReliabilityReport compute(UnitStudy study, Level level) {
    return compute(study, level, Optional.empty());
  }

  /** All statistics, alpha at {@code level}, with a bootstrap interval when settings are given. */
  public static UnitReliabilityReport compute(
      UnitStudy study, Level level, Optional<BootstrapSettings> bootstrap) {
    return compute(study, level, bootstrap, Optional.empty());
  }

  /**
   * All statistics; the weighted ones use {@code order} (numeric order of the categories when
   * absent).
   *
   * @throws org.verbatim.core.model.InvalidInputException when a category of the data is missing
   *     from {@code order}
   */
  public static UnitReliabilityReport compute(
      UnitStudy study,
      Level level,
      Optional<BootstrapSettings> bootstrap,
      Optional<java.util.List<String>> order) {
    UnitReliabilityExtras extras = UnitReliabilityExtras.compute(study, order);
    Statistic percent;
    Statistic percentGwet;
    try {
      PercentAgreement pa = new PercentAgreement(study);
      percent = Statistic.of(pa.krippendorff());
      percentGwet = Statistic.of(pa.gwet());
    } catch (UndefinedStatisticException e) {
      percent = Statistic.undefined(e.reason());
      percentGwet = percent;
    }
    Optional<ConfidenceInterval> interval = Optional.empty();
    Optional<String> note = Optional.empty();
    if (bootstrap.isPresent()) {
      BootstrapSettings s = bootstrap.get();
      try {
        interval =
            Optional.of(
                new AlphaBootstrap(study, level)
                    .interval(s.confidence(), s.replicates(), s.seed()));
      } catch (UndefinedStatisticException e) {
        note = Optional.of(e.reason());
      }
    }
    return new UnitReliabilityReport(
        study.unitCount(),
        study.coderCount(),
        level,
        percent,
        PercentAgreement.KRIPPENDORFF_CONVENTION,
        percentGwet,
        Statistic.compute(() -> new CohenKappa(study).value()),
        Statistic.compute(() -> new ScottPi(study).value()),
        Statistic.compute(() -> new FleissKappa(study).value()),
        Statistic.compute(() -> new KrippendorffAlpha(study, level).value()),
        Statistic.compute(() -> new GwetAc1(study).value()),
        Statistic.compute(() -> new BrennanPrediger(study).value()),
        interval,
        note,
        extras);
  }
}
