package org.verbatim.core.export;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.export.ExportTable.Cell;
import org.verbatim.core.export.ExportTable.Column;
import org.verbatim.core.export.ExportTable.Kind;
import org.verbatim.core.export.ExportTable.Row;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.Cooccurrence;
import org.verbatim.core.themes.CooccurrenceMatrix;
import org.verbatim.core.themes.EvidenceMatrices;
import org.verbatim.core.themes.EvidenceMatrix;
import org.verbatim.core.themes.LayerSnapshot;
import org.verbatim.core.themes.Measure;
import org.verbatim.core.themes.Proximity;
import org.verbatim.core.themes.Saturation;
import org.verbatim.core.themes.SaturationCurve;

/**
 * The theme engine's evidence views as tables: the theme × participant matrix (passages per cell)
 * or, split by an attribute, theme × attribute value (participants per cell); code co-occurrence
 * (overlapping passages: counts, then Jaccard); and the saturation curve in interview order.
 */
final class EvidenceExports {
  private EvidenceExports() {}

  static ExportDocument matrix(ProjectStore store, ExportOptions options) {
    LayerSnapshot s = ExportSnapshot.of(store, options);
    List<EvidenceMatrix.Row> rows = EvidenceMatrices.themeRows(s);
    EvidenceMatrix m =
        options.by().isPresent()
            ? EvidenceMatrices.byAttribute(s, rows, Measure.PARTICIPANTS, options.by().get())
            : EvidenceMatrices.byParticipant(s, rows, Measure.PASSAGES);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("Theme"));
    for (int c = 0; c < m.columns().size(); c++) {
      columns.add(
          Column.integer(
              options.by().isPresent()
                  ? m.columns().get(c) + " (of " + m.columnTotals().get(c) + ")"
                  : m.columns().get(c)));
    }
    columns.add(Column.integer("Total"));
    List<Row> out = new ArrayList<>();
    for (int r = 0; r < m.rows().size(); r++) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(m.rows().get(r).name()));
      for (int c = 0; c < m.columns().size(); c++) {
        cells.add(Cell.number(m.cell(r, c)));
      }
      cells.add(Cell.number(m.rowTotals().get(r)));
      out.add(new Row(cells, m.rows().get(r).depth()));
    }
    String what =
        options.by().isPresent()
            ? "participants supporting each theme, by " + options.by().get()
            : "coded passages supporting each theme, by participant";
    ExportTable table =
        new ExportTable(
            options.by().isPresent()
                ? "Themes by " + options.by().get().replace('_', ' ')
                : "Themes by participant",
            "Matrix",
            columns,
            out,
            List.of("Cells count " + what + "; layer " + s.layer().label() + "."));
    return ExportDocument.of(table, List.of(ExportSnapshot.fact(s)));
  }

  static ExportDocument cooccurrence(ProjectStore store, ExportOptions options) {
    LayerSnapshot s = ExportSnapshot.of(store, options);
    CooccurrenceMatrix m = Cooccurrence.of(s, Proximity.OVERLAP);
    ExportTable counts = square(m, false);
    ExportTable jaccard = square(m, true);
    return new ExportDocument(
        "Code co-occurrence", List.of(ExportSnapshot.fact(s)), List.of(counts, jaccard));
  }

  private static ExportTable square(CooccurrenceMatrix m, boolean jaccard) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("Code"));
    m.codes()
        .forEach(c -> columns.add(new Column(c.name(), jaccard ? Kind.DECIMAL : Kind.INTEGER)));
    List<Row> rows = new ArrayList<>();
    for (int a = 0; a < m.codes().size(); a++) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(m.codes().get(a).name()));
      for (int b = 0; b < m.codes().size(); b++) {
        cells.add(Cell.number(jaccard ? m.jaccard(a, b) : m.count(a, b)));
      }
      rows.add(new Row(cells, 0));
    }
    return new ExportTable(
        jaccard ? "Co-occurrence (Jaccard)" : "Co-occurrence (passages)",
        jaccard ? "Jaccard" : "Counts",
        columns,
        rows,
        List.of(
            jaccard
                ? "Jaccard index: passages with both codes / passages with either."
                : "Passages coded with both codes (overlapping by at least one character); the"
                    + " diagonal holds each code's own passages. Layer "
                    + m.layer()
                    + "."));
  }

  static ExportDocument saturation(ProjectStore store, ExportOptions options) {
    LayerSnapshot s = ExportSnapshot.of(store, options);
    SaturationCurve curve = Saturation.of(s, options.by(), Saturation.DEFAULT_K);
    List<Row> rows = new ArrayList<>();
    for (SaturationCurve.Step step : curve.steps()) {
      rows.add(
          Row.of(
              Cell.number(step.number()),
              Cell.text(step.document()),
              Cell.text(step.participant()),
              Cell.number(step.newCodes().size()),
              Cell.number(step.cumulative()),
              Cell.text(String.join("; ", step.newCodes()))));
    }
    List<String> notes = new ArrayList<>();
    notes.add(curve.rule());
    notes.add(
        curve
            .point()
            .map(p -> "Saturation reached after interview " + p + ".")
            .orElse("Saturation not reached."));
    notes.add("Interviews ordered by " + curve.order() + ".");
    ExportTable table =
        new ExportTable(
            "Saturation: new codes per interview",
            "Saturation",
            List.of(
                Column.integer("Interview"),
                Column.text("Document"),
                Column.text("Participant"),
                Column.integer("New codes"),
                Column.integer("Codes so far"),
                Column.text("Codes new in this interview")),
            rows,
            notes);
    return ExportDocument.of(table, List.of(ExportSnapshot.fact(s)));
  }
}
