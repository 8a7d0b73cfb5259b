package org.verbatim.core.agreement.report;

import java.util.Locale;
import java.util.Map;
import org.verbatim.core.agreement.CharacterAgreement;
import org.verbatim.core.agreement.PercentAgreement;
import org.verbatim.core.agreement.SegmentAgreement;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.UnitReliabilityExtras;
import org.verbatim.core.agreement.UnitReliabilityReport;
import org.verbatim.core.agreement.UnitizedReliabilityReport;

/**
 * Renders reliability reports as aligned plain text for a terminal: one statistic per line, an
 * undefined one as "n/a" followed by its reason, and the conventions that differ between sources
 * named beside the value.
 */
public final class ReliabilityTextView {
  private ReliabilityTextView() {}

  /** Unit data, headed by the source name, unit and coder counts and level. */
  public static String of(String source, UnitReliabilityReport r) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Reliability of %s: %s, %s, level %s%n",
            source,
            count(r.units(), "unit"),
            count(r.coders(), "coder"),
            r.level().label()));
    line(out, "Percent agreement", r.percentAgreement(), r.percentAgreementConvention());
    line(
        out,
        "Percent agreement (Gwet)",
        r.percentAgreementGwet(),
        PercentAgreement.GWET_CONVENTION);
    line(out, "Cohen's kappa", r.cohenKappa(), r.extras().cohenKappaMissing());
    line(out, "Scott's pi", r.scottPi(), "");
    line(out, "Fleiss' kappa", r.fleissKappa(), "");
    line(out, "Krippendorff's alpha", r.krippendorffAlpha(), r.level().label());
    r.alphaInterval()
        .ifPresent(
            ci ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "  %-28s [%.4f, %.4f]  (%.0f%%, %s, %d resamples, seed %d)%n",
                        "  alpha interval",
                        ci.lower(),
                        ci.upper(),
                        ci.confidence() * 100,
                        ci.method(),
                        ci.replicates(),
                        ci.seed())));
    r.alphaIntervalNote()
        .ifPresent(
            note ->
                out.append(
                    String.format(
                        Locale.ROOT, "  %-28s %7s  %s%n", "  alpha interval", "n/a", note)));
    line(out, "Gwet's AC1", r.gwetAC1(), "");
    line(
        out,
        "Brennan-Prediger",
        r.brennanPrediger(),
        r.coders() > 2 ? "Randolph's free-marginal kappa" : "");
    UnitReliabilityExtras x = r.extras();
    line(out, "Conger's kappa", x.congerKappa(), "");
    line(out, "Light's kappa", x.lightKappa(), "mean pairwise Cohen's kappa");
    String order =
        x.categoryOrder().isEmpty() ? "" : "order " + String.join(",", x.categoryOrder());
    line(out, "Weighted kappa (linear)", x.weightedKappaLinear(), order);
    line(out, "Weighted kappa (quadratic)", x.weightedKappaQuadratic(), order);
    line(out, "Gwet's AC2 (linear)", x.gwetAC2Linear(), order);
    line(out, "Gwet's AC2 (quadratic)", x.gwetAC2Quadratic(), order);
    return out.toString();
  }

  /** Unitized data, headed by the source name, continuum length and coders. */
  public static String of(String source, UnitizedReliabilityReport r) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Unitized reliability of %s: continuum of %d, coders %s%n",
            source,
            r.length(),
            String.join(", ", r.coders())));
    for (String domain : r.uAlpha().keySet()) {
      String suffix = r.domainsGiven() ? " [" + domain + "]" : "";
      line(out, "u-alpha" + suffix, r.uAlpha().get(domain), "");
      line(out, "|u-alpha (binary)" + suffix, r.binaryUAlpha().get(domain), "");
      line(out, "cu-alpha" + suffix, r.cuAlpha().get(domain), "");
    }
    line(out, "Cu-alpha (all domains)", r.acrossDomainsCuAlpha(), "");
    section(out, "|u-alpha by category", r.binaryUAlphaByCategory());
    out.append(
        "(k)u-alpha by value (coverage: share of the value's matter meeting coded matter):\n");
    r.perValueUAlpha()
        .forEach(
            (category, v) ->
                line(
                    out,
                    "  " + category,
                    v.alpha(),
                    String.format(Locale.ROOT, "coverage %.0f%%", v.coverage() * 100)));
    out.append("Character level, by category (kappa; agreement over all text; over coded text):\n");
    for (Map.Entry<String, CharacterAgreement> e : r.characterKappa().entrySet()) {
      CharacterAgreement a = e.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              "  %-28s %s  %s  %s%s%n",
              e.getKey(),
              number(a.kappa()),
              number(a.percentAgreementAll()),
              number(a.percentAgreementCoded()),
              a.kappa().reason().map(reason -> "  (" + reason + ")").orElse("")));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "Segment matching at %.0f%% overlap (segments agreeing / segments):%n",
            r.matchThreshold() * 100));
    line(
        out,
        "all categories",
        r.segmentMatchingOverall().percentAgreement(),
        count(r.segmentMatchingOverall()));
    r.segmentMatching()
        .forEach((category, a) -> line(out, category, a.percentAgreement(), count(a)));
    return out.toString();
  }

  private static String count(SegmentAgreement a) {
    return a.matched() + "/" + a.segments();
  }

  private static void section(StringBuilder out, String title, Map<String, Statistic> values) {
    out.append(title).append(":\n");
    values.forEach((name, s) -> line(out, "  " + name, s, ""));
  }

  private static void line(StringBuilder out, String name, Statistic s, String note) {
    if (s.isDefined()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-28s %s%s%n",
              name,
              number(s),
              note.isEmpty() ? "" : "  (" + note + ")"));
    } else {
      out.append(
          String.format(Locale.ROOT, "  %-28s %7s  %s%n", name, "n/a", s.reason().orElse("")));
    }
  }

  private static String number(Statistic s) {
    return s.isDefined() ? String.format(Locale.ROOT, "%7.4f", s.value().getAsDouble()) : "    n/a";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
