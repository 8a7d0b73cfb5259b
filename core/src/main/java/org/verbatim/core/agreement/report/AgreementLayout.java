package org.verbatim.core.agreement.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.project.AgreementDefinitions;
import org.verbatim.core.agreement.project.AgreementScope;
import org.verbatim.core.agreement.project.BinaryAgreement;
import org.verbatim.core.agreement.project.ContinuumAgreementReport;
import org.verbatim.core.agreement.project.ProjectAgreementReport;
import org.verbatim.core.agreement.project.Reading;
import org.verbatim.core.agreement.project.SkippedDocument;
import org.verbatim.core.agreement.project.UnitAgreementReport;
import org.verbatim.core.agreement.report.ReportTable.Cell;
import org.verbatim.core.agreement.report.ReportTable.Column;
import org.verbatim.core.agreement.report.ReportTable.Kind;
import org.verbatim.core.agreement.report.ReportTable.Row;

/**
 * An agreement report laid out once for every renderer: a title, facts (coders, unit, counts), the
 * definitions applied and the tables (per code, pooled, per document, per domain, skipped
 * documents).
 */
public record AgreementLayout(
    String title, List<Fact> facts, List<String> definitions, List<ReportTable> tables) {

  public AgreementLayout {
    Objects.requireNonNull(title);
    facts = List.copyOf(facts);
    definitions = List.copyOf(definitions);
    tables = List.copyOf(tables);
  }

  /** A labelled value of the report's head. */
  public record Fact(String label, String value) {}

  /** Lays out {@code report} of the project called {@code project}. */
  public static AgreementLayout of(ProjectAgreementReport report, String project) {
    AgreementScope scope = report.scope();
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("coders", String.join(", ", scope.coders())));
    facts.add(new Fact("unit", scope.unit().label()));
    if (!scope.unit().continuum() && scope.minOverlapPercent() > 0) {
      facts.add(
          new Fact(
              "minimum overlap", AgreementDefinitions.percent(scope.minOverlapPercent()) + "%"));
    }
    facts.add(new Fact("documents compared", Integer.toString(scope.documents())));
    facts.add(new Fact("documents skipped", Integer.toString(scope.skipped().size())));
    List<ReportTable> tables = new ArrayList<>();
    if (report instanceof UnitAgreementReport u) {
      facts.add(new Fact("units", Integer.toString(u.units())));
      facts.add(new Fact("codes", Integer.toString(u.codes().size())));
      unitTables(u, tables);
    } else if (report instanceof ContinuumAgreementReport c) {
      facts.add(new Fact("characters", Long.toString(c.length())));
      facts.add(new Fact("codes", Integer.toString(c.codes().size())));
      ContinuumTables.add(c, tables);
    }
    if (!scope.skipped().isEmpty()) {
      List<Row> rows = new ArrayList<>();
      for (SkippedDocument s : scope.skipped()) {
        rows.add(
            row(
                List.of(
                    Cell.text(s.document()),
                    Cell.text("no codings by " + String.join(", ", s.missingCoders()))),
                List.of(),
                0));
      }
      tables.add(
          new ReportTable(
              "Skipped",
              "Documents not compared (not coded by every selected coder)",
              List.of(Column.of("document", Kind.TEXT), Column.of("why", Kind.TEXT)),
              rows));
    }
    String title =
        String.format(
            Locale.ROOT,
            "Inter-coder agreement of %s (%s, %s)",
            project,
            String.join(" vs ", scope.coders()),
            scope.unit().label());
    return new AgreementLayout(title, facts, AgreementDefinitions.lines(scope), tables);
  }

  private static void unitTables(UnitAgreementReport r, List<ReportTable> tables) {
    List<Column> stats =
        List.of(
            Column.of("% agreement", Kind.PERCENT),
            Column.of("kappa", Kind.COEFFICIENT),
            Column.of("alpha", Kind.COEFFICIENT),
            Column.of("reading", Kind.TEXT));
    List<Row> codes = new ArrayList<>();
    for (UnitAgreementReport.CodeAgreement c : r.codes()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(c.code().name()));
      cells.add(Cell.text(c.code().path()));
      cells.add(Cell.number(c.agreement().items()));
      cells.add(Cell.number(c.agreement().codedItems()));
      cells.addAll(statCells(c.agreement()));
      codes.add(row(cells, notes(c.agreement()), c.code().depth()));
    }
    List<Column> codeColumns = new ArrayList<>();
    codeColumns.add(Column.of("code", Kind.TEXT));
    codeColumns.add(new Column("path", Kind.TEXT, true));
    codeColumns.add(Column.of("units", Kind.COUNT));
    codeColumns.add(Column.of("coded", Kind.COUNT));
    codeColumns.addAll(stats);
    tables.add(
        new ReportTable(
            "Codes", "Per code (coded = units at least one coder coded)", codeColumns, codes));
    List<Cell> pooled = new ArrayList<>();
    pooled.add(Cell.text("all codes"));
    pooled.add(Cell.number(r.pooled().items()));
    pooled.add(Cell.number(r.pooled().codedItems()));
    pooled.addAll(statCells(r.pooled()));
    List<Column> pooledColumns = new ArrayList<>();
    pooledColumns.add(Column.of("pooled", Kind.TEXT));
    pooledColumns.add(Column.of("items", Kind.COUNT));
    pooledColumns.add(Column.of("coded", Kind.COUNT));
    pooledColumns.addAll(stats);
    tables.add(
        new ReportTable(
            "Pooled",
            "Pooled over every (unit × code) pair",
            pooledColumns,
            List.of(row(pooled, notes(r.pooled()), 0))));
    List<Row> docs = new ArrayList<>();
    for (UnitAgreementReport.DocumentAgreement d : r.documents()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(d.document()));
      cells.add(Cell.number(d.units()));
      cells.add(Cell.number(d.pooled().items()));
      cells.add(Cell.number(d.pooled().codedItems()));
      cells.addAll(statCells(d.pooled()));
      docs.add(row(cells, notes(d.pooled()), 0));
    }
    List<Column> docColumns = new ArrayList<>();
    docColumns.add(Column.of("document", Kind.TEXT));
    docColumns.add(Column.of("units", Kind.COUNT));
    docColumns.add(Column.of("items", Kind.COUNT));
    docColumns.add(Column.of("coded", Kind.COUNT));
    docColumns.addAll(stats);
    tables.add(
        new ReportTable(
            "Documents", "Per document, pooled over its (unit × code) pairs", docColumns, docs));
  }

  private static List<Cell> statCells(BinaryAgreement a) {
    return List.of(
        Cell.of(a.percentAgreement()),
        Cell.of(a.cohenKappa()),
        Cell.of(a.krippendorffAlpha()),
        reading(a.reading()));
  }

  static Cell reading(Optional<Reading> reading) {
    return Cell.text(reading.map(Reading::label).orElse("-"));
  }

  private static List<String> notes(BinaryAgreement a) {
    Map<String, Statistic> stats = new LinkedHashMap<>();
    stats.put("% agreement", a.percentAgreement());
    stats.put("kappa", a.cohenKappa());
    stats.put("alpha", a.krippendorffAlpha());
    return notes(stats);
  }

  /** One note per distinct reason, naming the statistics it applies to. */
  static List<String> notes(Map<String, Statistic> stats) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    stats.forEach(
        (name, s) ->
            s.reason()
                .ifPresent(r -> byReason.computeIfAbsent(r, x -> new ArrayList<>()).add(name)));
    List<String> notes = new ArrayList<>();
    byReason.forEach((reason, names) -> notes.add(String.join(", ", names) + ": " + reason));
    return notes;
  }

  static Row row(List<Cell> cells, List<String> notes, int indent) {
    return new Row(cells, notes, indent);
  }
}
