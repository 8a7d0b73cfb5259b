package org.verbatim.core.agreement.report;

import static org.verbatim.core.agreement.report.StatisticJson.put;
import static org.verbatim.core.agreement.report.StatisticJson.valueOrNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.agreement.CharacterAgreement;
import org.verbatim.core.agreement.PerValueUAlpha;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.UnitReliabilityExtras;
import org.verbatim.core.agreement.UnitReliabilityReport;
import org.verbatim.core.agreement.UnitizedReliabilityReport;

/**
 * Turns reliability reports into ordered maps ready for a JSON writer: every statistic is a number
 * or {@code null}, and {@code reasons} maps the key of each null to why it is undefined. Key names
 * are the command line's documented JSON keys.
 */
public final class ReliabilityJsonView {
  private ReliabilityJsonView() {}

  /** Unit data: {@code percentAgreement, cohenKappa, scottPi, fleissKappa, …, units, coders}. */
  public static Map<String, @Nullable Object> of(UnitReliabilityReport r) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    out.put("units", r.units());
    out.put("coders", r.coders());
    out.put("level", r.level().label());
    put(out, reasons, "percentAgreement", r.percentAgreement());
    out.put("percentAgreementConvention", r.percentAgreementConvention());
    put(out, reasons, "percentAgreementGwet", r.percentAgreementGwet());
    put(out, reasons, "cohenKappa", r.cohenKappa());
    put(out, reasons, "scottPi", r.scottPi());
    put(out, reasons, "fleissKappa", r.fleissKappa());
    put(out, reasons, "krippendorffAlpha", r.krippendorffAlpha());
    put(out, reasons, "gwetAC1", r.gwetAC1());
    put(out, reasons, "brennanPrediger", r.brennanPrediger());
    UnitReliabilityExtras x = r.extras();
    out.put("cohenKappaMissing", x.cohenKappaMissing());
    put(out, reasons, "congerKappa", x.congerKappa());
    put(out, reasons, "lightKappa", x.lightKappa());
    out.put("categoryOrder", x.categoryOrder());
    put(out, reasons, "weightedKappaLinear", x.weightedKappaLinear());
    put(out, reasons, "weightedKappaQuadratic", x.weightedKappaQuadratic());
    put(out, reasons, "gwetAC2Linear", x.gwetAC2Linear());
    put(out, reasons, "gwetAC2Quadratic", x.gwetAC2Quadratic());
    r.alphaInterval()
        .ifPresent(
            ci -> {
              Map<String, @Nullable Object> m = new LinkedHashMap<>();
              m.put("lower", ci.lower());
              m.put("upper", ci.upper());
              m.put("confidence", ci.confidence());
              m.put("replicates", ci.replicates());
              m.put("undefinedReplicates", ci.undefinedReplicates());
              m.put("seed", ci.seed());
              m.put("method", ci.method());
              out.put("krippendorffAlphaInterval", m);
            });
    r.alphaIntervalNote().ifPresent(note -> reasons.put("krippendorffAlphaInterval", note));
    out.put("reasons", reasons);
    return out;
  }

  /**
   * Unitized data: {@code uAlpha, binaryUAlpha, cuAlpha} (numbers for one domain, objects by domain
   * when domains were given), {@code binaryUAlphaByCategory}, {@code CuAlpha}, {@code
   * characterKappa} and the character percent agreements by category, {@code segmentMatching}.
   */
  public static Map<String, @Nullable Object> of(UnitizedReliabilityReport r) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    out.put("length", r.length());
    out.put("coders", r.coders().size());
    out.put("coderNames", r.coders());
    byDomain(out, reasons, "uAlpha", r.uAlpha(), r.domainsGiven());
    byDomain(out, reasons, "binaryUAlpha", r.binaryUAlpha(), r.domainsGiven());
    out.put(
        "binaryUAlphaByCategory",
        byKey(reasons, "binaryUAlphaByCategory", r.binaryUAlphaByCategory(), s -> s));
    byDomain(out, reasons, "cuAlpha", r.cuAlpha(), r.domainsGiven());
    put(out, reasons, "CuAlpha", r.acrossDomainsCuAlpha());
    out.put(
        "perValueUAlpha",
        byKey(reasons, "perValueUAlpha", r.perValueUAlpha(), PerValueUAlpha.ValueAgreement::alpha));
    Map<String, @Nullable Object> coverage = new LinkedHashMap<>();
    r.perValueUAlpha().forEach((category, v) -> coverage.put(category, v.coverage()));
    out.put("perValueUAlphaCoverage", coverage);
    out.put(
        "characterKappa",
        byKey(reasons, "characterKappa", r.characterKappa(), CharacterAgreement::kappa));
    out.put(
        "characterPercentAgreement",
        byKey(
            reasons,
            "characterPercentAgreement",
            r.characterKappa(),
            CharacterAgreement::percentAgreementAll));
    out.put(
        "characterPercentAgreementCoded",
        byKey(
            reasons,
            "characterPercentAgreementCoded",
            r.characterKappa(),
            CharacterAgreement::percentAgreementCoded));
    Map<String, @Nullable Object> matching = new LinkedHashMap<>();
    matching.put("threshold", r.matchThreshold());
    matching.put("segments", r.segmentMatchingOverall().segments());
    matching.put("matched", r.segmentMatchingOverall().matched());
    matching.put("percentAgreement", valueOrNull(r.segmentMatchingOverall().percentAgreement()));
    r.segmentMatchingOverall()
        .percentAgreement()
        .reason()
        .ifPresent(reason -> reasons.put("segmentMatching", reason));
    Map<String, @Nullable Object> categories = new LinkedHashMap<>();
    r.segmentMatching()
        .forEach(
            (category, a) -> {
              Map<String, @Nullable Object> m = new LinkedHashMap<>();
              m.put("segments", a.segments());
              m.put("matched", a.matched());
              m.put("percentAgreement", valueOrNull(a.percentAgreement()));
              categories.put(category, m);
            });
    matching.put("byCategory", categories);
    out.put("segmentMatching", matching);
    out.put("reasons", reasons);
    return out;
  }

  private static void byDomain(
      Map<String, @Nullable Object> out,
      Map<String, String> reasons,
      String key,
      Map<String, Statistic> values,
      boolean domainsGiven) {
    if (domainsGiven) {
      out.put(key, byKey(reasons, key, values, s -> s));
    } else {
      put(out, reasons, key, values.values().iterator().next());
    }
  }

  private static <T> Map<String, @Nullable Object> byKey(
      Map<String, String> reasons, String key, Map<String, T> values, Function<T, Statistic> pick) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    values.forEach((name, value) -> put(m, reasons, name, pick.apply(value), key + "." + name));
    return m;
  }
}
