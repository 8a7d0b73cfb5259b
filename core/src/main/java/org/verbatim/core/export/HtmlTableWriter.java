package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes one standalone HTML file (UTF-8, inline CSS with a print style, no scripts or external
 * resources): the title, facts, then each table with its notes. Every string is escaped; a
 * paragraph break in a cell starts a new {@code <p>}. In print the header row repeats on each page
 * and a row is not split across pages.
 */
public final class HtmlTableWriter implements TableWriter {
  private static final String STYLE =
      "body{font-family:'Segoe UI',system-ui,-apple-system,'Noto Sans CJK TC','Microsoft"
          + " JhengHei','PingFang TC',sans-serif;margin:2em;color:#222;line-height:1.4}"
          + "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}"
          + "ul.facts{color:#555;font-size:.9em;padding-left:1.2em}"
          + "table{border-collapse:collapse;font-size:.9em;width:100%}"
          + "th,td{border:1px solid #bbb;padding:.3em .6em;vertical-align:top;text-align:left}"
          + "th{background:#eee}td.num{text-align:right;font-variant-numeric:tabular-nums}"
          + "td p{margin:0 0 .4em}td p:last-child{margin-bottom:0}"
          + "p.note{color:#555;font-size:.85em}"
          + "@media print{body{margin:0;font-size:10pt}thead{display:table-header-group}"
          + "tr{page-break-inside:avoid;break-inside:avoid}th{background:#eee!important;"
          + "-webkit-print-color-adjust:exact;print-color-adjust:exact}"
          + "@page{size:A4;margin:2cm}@page wide{size:A4 landscape}"
          + "section.wide{page:wide}}";

  @Override
  public void write(ExportDocument document, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    w.write(escape(document.title()));
    w.write("</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<h1>");
    w.write(escape(document.title()) + "</h1>\n");
    if (!document.facts().isEmpty()) {
      w.write("<ul class=\"facts\">\n");
      for (String fact : document.facts()) {
        w.write("<li>" + escape(fact) + "</li>\n");
      }
      w.write("</ul>\n");
    }
    for (ExportTable table : document.tables()) {
      table(w, table, document.tables().size() > 1);
    }
    w.write("</body>\n</html>\n");
    w.flush();
  }

  private static void table(Writer w, ExportTable table, boolean heading) throws IOException {
    w.write(table.wide() ? "<section class=\"wide\">\n" : "<section>\n");
    if (heading) {
      w.write("<h2>" + escape(table.title()) + "</h2>\n");
    }
    w.write("<table>\n<thead><tr>");
    for (ExportTable.Column column : table.columns()) {
      w.write("<th scope=\"col\">" + escape(column.header()) + "</th>");
    }
    w.write("</tr></thead>\n<tbody>\n");
    StringBuilder h = new StringBuilder();
    for (ExportTable.Row row : table.rows()) {
      h.setLength(0);
      h.append("<tr>");
      for (int c = 0; c < table.columns().size(); c++) {
        ExportTable.Kind kind = table.columns().get(c).kind();
        ExportTable.Cell cell = row.cells().get(c);
        h.append(cell instanceof ExportTable.Number ? "<td class=\"num\"" : "<td");
        if (c == 0 && row.level() > 0) {
          h.append(
              String.format(
                  Locale.ROOT, " style=\"padding-left:%.1fem\"", 0.6 + 1.5 * row.level()));
        }
        h.append('>');
        String text = cell.display(kind);
        if (text.indexOf('\n') < 0) {
          h.append(escape(text));
        } else {
          for (String paragraph : text.split("\n", -1)) {
            h.append("<p>").append(escape(paragraph)).append("</p>");
          }
        }
        h.append("</td>");
      }
      h.append("</tr>\n");
      w.write(h.toString());
    }
    w.write("</tbody>\n</table>\n");
    for (String note : table.notes()) {
      w.write("<p class=\"note\">" + escape(note) + "</p>\n");
    }
    w.write("</section>\n");
  }

  /** Escapes text for element content and double-quoted attribute values. */
  static String escape(String text) {
    return Html.escape(text);
  }
}
