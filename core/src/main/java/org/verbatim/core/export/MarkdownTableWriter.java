package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes Markdown: the title as a heading, facts as a list, then each table as a pipe table
 * (GitHub-flavoured) under its own heading, with its notes below. In cells a pipe is escaped as
 * {@code \|}, a backslash as {@code \\}, {@code & < >} as HTML entities (so that no renderer reads
 * markup in a transcript) and a paragraph break becomes {@code <br>}; numeric columns are
 * right-aligned. A subtheme's first cell is indented with non-breaking spaces.
 */
public final class MarkdownTableWriter implements TableWriter {
  @Override
  public void write(ExportDocument document, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("# " + inline(document.title()) + "\n\n");
    for (String fact : document.facts()) {
      w.write("- " + inline(fact) + "\n");
    }
    if (!document.facts().isEmpty()) {
      w.write("\n");
    }
    for (ExportTable table : document.tables()) {
      if (document.tables().size() > 1 || !table.title().equals(document.title())) {
        w.write("## " + inline(table.title()) + "\n\n");
      }
      StringBuilder line = new StringBuilder("|");
      StringBuilder rule = new StringBuilder("|");
      for (ExportTable.Column column : table.columns()) {
        line.append(' ').append(cell(column.header())).append(" |");
        rule.append(column.kind() == ExportTable.Kind.TEXT ? " --- |" : " ---: |");
      }
      w.write(line + "\n" + rule + "\n");
      for (ExportTable.Row row : table.rows()) {
        line.setLength(0);
        line.append('|');
        for (int c = 0; c < table.columns().size(); c++) {
          String text = cell(row.cells().get(c).display(table.columns().get(c).kind()));
          line.append(' ');
          if (c == 0 && row.level() > 0 && !text.isEmpty()) {
            line.append("\u00A0\u00A0\u00A0\u00A0".repeat(row.level()));
          }
          line.append(text).append(" |");
        }
        w.write(line + "\n");
      }
      w.write("\n");
      for (String note : table.notes()) {
        w.write(inline(note) + "\n\n");
      }
    }
    w.flush();
  }

  /** A cell's text: pipes and backslashes escaped, line breaks as {@code <br>}. */
  static String cell(String text) {
    return html(text)
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r", "")
        .replace("\n", "<br>")
        .strip();
  }

  /** Text outside a table: one line. */
  private static String inline(String text) {
    return html(text).replace("\r", "").replace("\n", " ");
  }

  /** Transcripts are untrusted: a renderer must not see markup in them. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
