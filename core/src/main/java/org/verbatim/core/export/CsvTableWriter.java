package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV (RFC 4180 through Commons CSV: CRLF line ends, fields quoted when they hold a comma,
 * quote or line break), UTF-8, optionally with a byte-order mark so that Excel reads it as UTF-8.
 * The header row comes first; numbers are written as the table formats them. A document of several
 * tables writes them one after another, each under a row holding its title, separated by an empty
 * line; title, facts and notes are not written otherwise (CSV has nowhere to put them).
 */
public final class CsvTableWriter implements TableWriter {
  private final boolean byteOrderMark;

  public CsvTableWriter(boolean byteOrderMark) {
    this.byteOrderMark = byteOrderMark;
  }

  @Override
  public void write(ExportDocument document, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (byteOrderMark) {
      w.write('\uFEFF');
    }
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
    boolean several = document.tables().size() > 1;
    boolean first = true;
    for (ExportTable table : document.tables()) {
      if (several) {
        if (!first) {
          csv.println();
        }
        csv.printRecord(table.title());
      }
      first = false;
      csv.printRecord(table.headers());
      List<String> values = new ArrayList<>(table.columns().size());
      for (ExportTable.Row row : table.rows()) {
        values.clear();
        for (int c = 0; c < table.columns().size(); c++) {
          values.add(row.cells().get(c).display(table.columns().get(c).kind()));
        }
        csv.printRecord(values);
      }
    }
    csv.flush();
  }
}
