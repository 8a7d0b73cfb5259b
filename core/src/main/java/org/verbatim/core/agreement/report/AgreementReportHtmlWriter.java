package org.verbatim.core.agreement.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.verbatim.core.export.AtomicFile;

/**
 * Writes an agreement report as one standalone HTML file (UTF-8, a small inline style sheet, no
 * scripts or external resources): title, facts, definitions, then each table with a notes column.
 * Every string from the report is escaped.
 */
public final class AgreementReportHtmlWriter {
  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#222}"
          + "h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}"
          + "table{border-collapse:collapse;font-size:.9em}"
          + "th,td{border:1px solid #ccc;padding:.25em .6em;vertical-align:top}"
          + "th{background:#f0f0f0;text-align:left}td.num{text-align:right;"
          + "font-variant-numeric:tabular-nums}td.na{color:#999;text-align:right}"
          + "td.notes{color:#555;font-size:.9em;max-width:40em}table.summary th{text-align:left;"
          + "background:none}";

  private AgreementReportHtmlWriter() {}

  /**
   * Writes {@code layout} to {@code file}, completely or not at all.
   *
   * @throws org.verbatim.core.model.InvalidInputException naming the file if it cannot be written
   */
  public static void write(AgreementLayout layout, Path file) {
    AtomicFile.write(file, out -> write(layout, out));
  }

  /** Writes {@code layout} to {@code out} (flushed, not closed). */
  public static void write(AgreementLayout layout, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(html(layout));
    w.flush();
  }

  /** The whole page. */
  public static String html(AgreementLayout layout) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(layout.title()))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(layout.title()))
        .append("</h1>\n<table class=\"summary\">\n");
    // a table, not floated <dt>/<dd>: a label that wraps can never shift the values past it
    for (AgreementLayout.Fact fact : layout.facts()) {
      h.append("<tr><th scope=\"row\">")
          .append(escape(fact.label()))
          .append("</th><td>")
          .append(escape(fact.value()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Definitions</h2>\n<ul>\n");
    for (String line : layout.definitions()) {
      h.append("<li>").append(escape(line)).append("</li>\n");
    }
    h.append("</ul>\n");
    for (ReportTable table : layout.tables()) {
      table(h, table);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void table(StringBuilder h, ReportTable table) {
    h.append("<h2>").append(escape(table.title())).append("</h2>\n<table>\n<thead><tr>");
    for (ReportTable.Column column : table.columns()) {
      h.append("<th>").append(escape(column.header())).append("</th>");
    }
    h.append("<th>notes</th></tr></thead>\n<tbody>\n");
    for (ReportTable.Row row : table.rows()) {
      h.append("<tr>");
      for (int c = 0; c < table.columns().size(); c++) {
        ReportTable.Cell cell = row.cells().get(c);
        if (cell.text().isPresent()) {
          h.append(
                  c == 0 && row.indent() > 0
                      ? String.format(
                          Locale.ROOT,
                          "<td style=\"padding-left:%.1fem\">",
                          0.6 + 1.2 * row.indent())
                      : "<td>")
              .append(escape(cell.text().get()))
              .append("</td>");
        } else if (cell.number().isPresent()) {
          h.append("<td class=\"num\">")
              .append(escape(table.columns().get(c).kind().format(cell.number().getAsDouble())))
              .append("</td>");
        } else {
          h.append("<td class=\"na\">n/a</td>");
        }
      }
      h.append("<td class=\"notes\">")
          .append(escape(String.join("; ", row.notes())))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  static String escape(String text) {
    return org.verbatim.core.export.Html.escape(text);
  }
}
