package org.verbatim.core.agreement.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.project.ContinuumAgreementReport;
import org.verbatim.core.agreement.project.Reading;
import org.verbatim.core.agreement.report.ReportTable.Cell;
import org.verbatim.core.agreement.report.ReportTable.Column;
import org.verbatim.core.agreement.report.ReportTable.Kind;
import org.verbatim.core.agreement.report.ReportTable.Row;

/** The tables of a continuum report: the whole continuum, per code, per domain, per document. */
final class ContinuumTables {
  private ContinuumTables() {}

  static void add(ContinuumAgreementReport r, List<ReportTable> tables) {
    List<Row> overall = new ArrayList<>();
    overall.add(
        statisticRow("u-alpha, all selected codes as one domain", r.uAlpha(), Optional.empty()));
    overall.add(
        statisticRow(
            "Cu-alpha, across domains",
            r.cuAlphaAcrossDomains(),
            Reading.of(r.cuAlphaAcrossDomains())));
    overall.add(
        statisticRow(
            "|u-alpha, pooled over (document x code)", r.pooledBinaryUAlpha(), r.pooledReading()));
    tables.add(
        new ReportTable(
            "Continuum",
            "The whole continuum",
            List.of(
                Column.of("statistic", Kind.TEXT),
                Column.of("value", Kind.COEFFICIENT),
                Column.of("reading", Kind.TEXT)),
            overall));
    List<Row> codes = new ArrayList<>();
    for (ContinuumAgreementReport.CodeAgreement c : r.codes()) {
      Map<String, Statistic> stats = new LinkedHashMap<>();
      stats.put("|uα", c.binaryUAlpha());
      stats.put("κ", c.character().kappa());
      stats.put("% coded text", c.character().percentAgreementCoded());
      codes.add(
          AgreementLayout.row(
              List.of(
                  Cell.text(c.code().name()),
                  Cell.text(c.code().path()),
                  Cell.text(c.code().domain()),
                  Cell.number(c.codedCharacters()),
                  Cell.of(c.binaryUAlpha()),
                  AgreementLayout.reading(c.reading()),
                  Cell.of(c.character().kappa()),
                  Cell.of(c.character().percentAgreementAll()),
                  Cell.of(c.character().percentAgreementCoded())),
              AgreementLayout.notes(stats),
              c.code().depth()));
    }
    tables.add(
        new ReportTable(
            "Codes",
            "Per code (coded = characters at least one coder coded; character kappa and its"
                + " percent agreement over all text and over coded text)",
            List.of(
                Column.of("code", Kind.TEXT),
                new Column("path", Kind.TEXT, true),
                new Column("domain", Kind.TEXT, true),
                Column.of("coded", Kind.COUNT),
                Column.of("|u-alpha", Kind.COEFFICIENT),
                Column.of("reading", Kind.TEXT),
                Column.of("char kappa", Kind.COEFFICIENT),
                Column.of("% all", Kind.PERCENT),
                Column.of("% coded", Kind.PERCENT)),
            codes));
    List<Row> domains = new ArrayList<>();
    for (ContinuumAgreementReport.DomainAgreement d : r.domains()) {
      Map<String, Statistic> stats = new LinkedHashMap<>();
      stats.put("uα", d.uAlpha());
      stats.put("|uα", d.binaryUAlpha());
      stats.put("cuα", d.cuAlpha());
      domains.add(
          AgreementLayout.row(
              List.of(
                  Cell.text(d.domain()),
                  Cell.number(d.codePaths().size()),
                  Cell.of(d.uAlpha()),
                  Cell.of(d.binaryUAlpha()),
                  Cell.of(d.cuAlpha()),
                  AgreementLayout.reading(d.reading())),
              AgreementLayout.notes(stats),
              0));
    }
    tables.add(
        new ReportTable(
            "Domains",
            "Per semantic domain (a top-level code with its subcodes)",
            List.of(
                Column.of("domain", Kind.TEXT),
                Column.of("codes", Kind.COUNT),
                Column.of("u-alpha", Kind.COEFFICIENT),
                Column.of("|u-alpha", Kind.COEFFICIENT),
                Column.of("cu-alpha", Kind.COEFFICIENT),
                Column.of("reading", Kind.TEXT)),
            domains));
    List<Row> docs = new ArrayList<>();
    for (ContinuumAgreementReport.DocumentAgreement d : r.documents()) {
      Map<String, Statistic> stats = new LinkedHashMap<>();
      stats.put("uα", d.uAlpha());
      stats.put("pooled |uα", d.pooledBinaryUAlpha());
      docs.add(
          AgreementLayout.row(
              List.of(
                  Cell.text(d.document()),
                  Cell.number(d.length()),
                  Cell.of(d.uAlpha()),
                  Cell.of(d.pooledBinaryUAlpha()),
                  AgreementLayout.reading(d.reading())),
              AgreementLayout.notes(stats),
              0));
    }
    tables.add(
        new ReportTable(
            "Documents",
            "Per document (uα with the selected codes as one domain; |uα pooled over its codes)",
            List.of(
                Column.of("document", Kind.TEXT),
                Column.of("characters", Kind.COUNT),
                Column.of("u-alpha", Kind.COEFFICIENT),
                Column.of("pooled |u-alpha", Kind.COEFFICIENT),
                Column.of("reading", Kind.TEXT)),
            docs));
  }

  private static Row statisticRow(String name, Statistic s, Optional<Reading> reading) {
    return AgreementLayout.row(
        List.of(Cell.text(name), Cell.of(s), AgreementLayout.reading(reading)),
        s.reason().map(List::of).orElse(List.of()),
        0);
  }
}
