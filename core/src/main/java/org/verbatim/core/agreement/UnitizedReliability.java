package org.verbatim.core.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes every unitized-data statistic of a study into one report; undefined ones carry a reason.
 * Map entries follow the study's domain and category order.
 */
public final class UnitizedReliability {
  private UnitizedReliability() {}

  /** All statistics, segment matching at MAXQDA's default 90 % overlap. */
  public static UnitizedReliabilityReport compute(UnitizedStudy study) {
    return compute(study, SegmentMatching.DEFAULT_THRESHOLD);
  }

  /** All statistics, segment matching at {@code matchThreshold} in (0, 1]. */
  public static UnitizedReliabilityReport compute(UnitizedStudy study, double matchThreshold) {
    Map<String, Statistic> u = new LinkedHashMap<>();
    Map<String, Statistic> binary = new LinkedHashMap<>();
    Map<String, Statistic> cu = new LinkedHashMap<>();
    Map<String, PerValueUAlpha.ValueAgreement> perValue = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> domain : study.domains().entrySet()) {
      String name = domain.getKey();
      try {
        UnitizingAlpha alpha = new UnitizingAlpha(study.restrictedTo(domain.getValue()));
        u.put(name, Statistic.compute(alpha::uAlpha));
        binary.put(name, Statistic.compute(alpha::binaryUAlpha));
        cu.put(name, Statistic.compute(alpha::cuAlpha));
        perValue.putAll(PerValueUAlpha.of(study.restrictedTo(domain.getValue())));
      } catch (UndefinedStatisticException e) {
        Statistic undefined = Statistic.undefined(e.reason());
        u.put(name, undefined);
        binary.put(name, undefined);
        cu.put(name, undefined);
        domain
            .getValue()
            .forEach(c -> perValue.put(c, new PerValueUAlpha.ValueAgreement(undefined, 0)));
      }
    }
    Statistic across =
        study.domainsGiven()
            ? Statistic.compute(() -> new CuAlpha(study).value())
            : Statistic.undefined(
                "Cuα compares several semantic domains; the data defines none (add \"domains\")");
    Map<String, CharacterAgreement> characters = new LinkedHashMap<>();
    for (String category : study.categories()) {
      try {
        characters.put(category, new CharacterKappa(study, category).result());
      } catch (UndefinedStatisticException e) {
        characters.put(category, CharacterAgreement.undefined(e.reason()));
      }
    }
    Map<String, SegmentAgreement> matching = new LinkedHashMap<>();
    SegmentAgreement overall;
    try {
      SegmentMatching m = new SegmentMatching(study, matchThreshold);
      matching.putAll(m.byCategory());
      overall = m.overall();
    } catch (UndefinedStatisticException e) {
      overall = new SegmentAgreement(0, 0, Statistic.undefined(e.reason()));
    }
    return new UnitizedReliabilityReport(
        study.length(),
        study.coders(),
        study.domainsGiven(),
        u,
        binary,
        cu,
        UnitizingAlpha.binaryByCategory(study),
        across,
        characters,
        matchThreshold,
        matching,
        overall,
        perValue);
  }
}
