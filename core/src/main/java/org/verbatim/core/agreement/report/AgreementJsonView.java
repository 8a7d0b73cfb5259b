package org.verbatim.core.agreement.report;

import static org.verbatim.core.agreement.report.StatisticJson.put;
import static org.verbatim.core.agreement.report.StatisticJson.valueOrNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.agreement.project.AgreementDefinitions;
import org.verbatim.core.agreement.project.AgreementScope;
import org.verbatim.core.agreement.project.BinaryAgreement;
import org.verbatim.core.agreement.project.ContinuumAgreementReport;
import org.verbatim.core.agreement.project.ProjectAgreementReport;
import org.verbatim.core.agreement.project.Reading;
import org.verbatim.core.agreement.project.SkippedDocument;
import org.verbatim.core.agreement.project.UnitAgreementReport;

/**
 * Turns an agreement report into ordered maps for a JSON writer. Every statistic is a number or
 * {@code null}; the {@code reasons} object next to it maps the key of each null to why it is
 * undefined. Keys are stable: {@code coders, unit, documentsCompared, skippedDocuments,
 * definitions, codes, pooled, documents}; unit data adds {@code minOverlapPercent, units}; the
 * continuum adds {@code length, uAlpha, uAlphaByDomain, binaryUAlphaByDomain, cuAlphaByDomain,
 * CuAlpha, binaryUAlphaByCode, characterKappa, characterPercentAgreement,
 * characterPercentAgreementCoded}, maps keyed by domain or code path.
 */
public final class AgreementJsonView {
  private AgreementJsonView() {}

  /** The whole report. */
  public static Map<String, @Nullable Object> of(ProjectAgreementReport report) {
    AgreementScope scope = report.scope();
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put("coders", scope.coders());
    out.put("unit", scope.unit().label());
    if (!scope.unit().continuum()) {
      out.put("minOverlapPercent", scope.minOverlapPercent());
    }
    out.put("documentsCompared", scope.documents());
    List<Map<String, Object>> skipped = new ArrayList<>();
    for (SkippedDocument s : scope.skipped()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("document", s.document());
      m.put("missingCoders", s.missingCoders());
      skipped.add(m);
    }
    out.put("skippedDocuments", skipped);
    out.put("definitions", AgreementDefinitions.lines(scope));
    if (report instanceof UnitAgreementReport u) {
      unit(u, out);
    } else if (report instanceof ContinuumAgreementReport c) {
      continuum(c, out);
    }
    return out;
  }

  private static void unit(UnitAgreementReport r, Map<String, @Nullable Object> out) {
    out.put("units", r.units());
    List<Map<String, @Nullable Object>> codes = new ArrayList<>();
    for (UnitAgreementReport.CodeAgreement c : r.codes()) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("code", c.code().name());
      m.put("path", c.code().path());
      m.put("units", c.agreement().items());
      m.put("codedUnits", c.agreement().codedItems());
      binary(c.agreement(), m);
      codes.add(m);
    }
    out.put("codes", codes);
    Map<String, @Nullable Object> pooled = new LinkedHashMap<>();
    pooled.put("items", r.pooled().items());
    pooled.put("codedItems", r.pooled().codedItems());
    binary(r.pooled(), pooled);
    out.put("pooled", pooled);
    List<Map<String, @Nullable Object>> docs = new ArrayList<>();
    for (UnitAgreementReport.DocumentAgreement d : r.documents()) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("document", d.document());
      m.put("units", d.units());
      m.put("items", d.pooled().items());
      m.put("codedItems", d.pooled().codedItems());
      binary(d.pooled(), m);
      docs.add(m);
    }
    out.put("documents", docs);
  }

  private static void binary(BinaryAgreement a, Map<String, @Nullable Object> m) {
    Map<String, String> reasons = new LinkedHashMap<>();
    put(m, reasons, "percentAgreement", a.percentAgreement());
    put(m, reasons, "cohenKappa", a.cohenKappa());
    put(m, reasons, "krippendorffAlpha", a.krippendorffAlpha());
    m.put("reading", label(a.reading()));
    m.put("reasons", reasons);
  }

  private static void continuum(ContinuumAgreementReport r, Map<String, @Nullable Object> out) {
    Map<String, String> reasons = new LinkedHashMap<>();
    out.put("length", r.length());
    put(out, reasons, "uAlpha", r.uAlpha());
    Map<String, @Nullable Object> u = new LinkedHashMap<>();
    Map<String, @Nullable Object> binary = new LinkedHashMap<>();
    Map<String, @Nullable Object> cu = new LinkedHashMap<>();
    for (ContinuumAgreementReport.DomainAgreement d : r.domains()) {
      put(u, reasons, d.domain(), d.uAlpha(), "uAlphaByDomain." + d.domain());
      put(binary, reasons, d.domain(), d.binaryUAlpha(), "binaryUAlphaByDomain." + d.domain());
      put(cu, reasons, d.domain(), d.cuAlpha(), "cuAlphaByDomain." + d.domain());
    }
    out.put("uAlphaByDomain", u);
    out.put("binaryUAlphaByDomain", binary);
    out.put("cuAlphaByDomain", cu);
    put(out, reasons, "CuAlpha", r.cuAlphaAcrossDomains());
    Map<String, @Nullable Object> byCode = new LinkedHashMap<>();
    Map<String, @Nullable Object> kappa = new LinkedHashMap<>();
    Map<String, @Nullable Object> all = new LinkedHashMap<>();
    Map<String, @Nullable Object> coded = new LinkedHashMap<>();
    List<Map<String, @Nullable Object>> codes = new ArrayList<>();
    for (ContinuumAgreementReport.CodeAgreement c : r.codes()) {
      String path = c.code().path();
      byCode.put(path, valueOrNull(c.binaryUAlpha()));
      kappa.put(path, valueOrNull(c.character().kappa()));
      all.put(path, valueOrNull(c.character().percentAgreementAll()));
      coded.put(path, valueOrNull(c.character().percentAgreementCoded()));
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      Map<String, String> codeReasons = new LinkedHashMap<>();
      m.put("code", c.code().name());
      m.put("path", path);
      m.put("domain", c.code().domain());
      m.put("codedCharacters", c.codedCharacters());
      put(m, codeReasons, "binaryUAlpha", c.binaryUAlpha());
      put(m, codeReasons, "characterKappa", c.character().kappa());
      put(m, codeReasons, "percentAgreement", c.character().percentAgreementAll());
      put(m, codeReasons, "percentAgreementCoded", c.character().percentAgreementCoded());
      m.put("reading", label(c.reading()));
      m.put("reasons", codeReasons);
      codes.add(m);
    }
    out.put("binaryUAlphaByCode", byCode);
    out.put("characterKappa", kappa);
    out.put("characterPercentAgreement", all);
    out.put("characterPercentAgreementCoded", coded);
    out.put("codes", codes);
    Map<String, @Nullable Object> pooled = new LinkedHashMap<>();
    Map<String, String> pooledReasons = new LinkedHashMap<>();
    put(pooled, pooledReasons, "binaryUAlpha", r.pooledBinaryUAlpha());
    pooled.put("reading", label(r.pooledReading()));
    pooled.put("reasons", pooledReasons);
    out.put("pooled", pooled);
    List<Map<String, @Nullable Object>> docs = new ArrayList<>();
    for (ContinuumAgreementReport.DocumentAgreement d : r.documents()) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      Map<String, String> docReasons = new LinkedHashMap<>();
      m.put("document", d.document());
      m.put("characters", d.length());
      put(m, docReasons, "uAlpha", d.uAlpha());
      put(m, docReasons, "pooledBinaryUAlpha", d.pooledBinaryUAlpha());
      m.put("reading", label(d.reading()));
      m.put("reasons", docReasons);
      docs.add(m);
    }
    out.put("documents", docs);
    out.put("reasons", reasons);
  }

  private static @Nullable String label(Optional<Reading> reading) {
    return reading.map(Reading::label).orElse(null);
  }
}
