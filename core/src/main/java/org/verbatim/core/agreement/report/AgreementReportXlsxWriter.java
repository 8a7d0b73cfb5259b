package org.verbatim.core.agreement.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.verbatim.core.export.AtomicFile;

/**
 * Writes an agreement report as an XLSX workbook: a "Summary" sheet (title, facts, definitions),
 * then one sheet per table with a bold header row, numbers as numeric cells (coefficients with
 * three decimals, shares as percentages with one decimal, counts as integers), "n/a" for an
 * undefined value and a last "notes" column saying why.
 */
public final class AgreementReportXlsxWriter {
  private static final int MAX_WIDTH = 80;

  private AgreementReportXlsxWriter() {}

  /**
   * Writes {@code layout} to {@code file}, completely or not at all.
   *
   * @throws org.verbatim.core.model.InvalidInputException naming the file if it cannot be written
   */
  public static void write(AgreementLayout layout, Path file) {
    AtomicFile.write(file, out -> write(layout, out));
  }

  /** Writes {@code layout} to {@code out} (not closed). */
  public static void write(AgreementLayout layout, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      summary(workbook.createSheet("Summary"), layout, styles);
      for (ReportTable table : layout.tables()) {
        table(workbook.createSheet(table.name()), table, styles);
      }
      workbook.write(out);
    }
  }

  private static void summary(Sheet sheet, AgreementLayout layout, Styles styles) {
    int r = 0;
    Cell title = sheet.createRow(r++).createCell(0);
    title.setCellValue(layout.title());
    title.setCellStyle(styles.bold);
    r++;
    for (AgreementLayout.Fact fact : layout.facts()) {
      Row row = sheet.createRow(r++);
      Cell label = row.createCell(0);
      label.setCellValue(fact.label());
      label.setCellStyle(styles.bold);
      row.createCell(1).setCellValue(fact.value());
    }
    r++;
    Cell heading = sheet.createRow(r++).createCell(0);
    heading.setCellValue("Definitions");
    heading.setCellStyle(styles.bold);
    for (String line : layout.definitions()) {
      sheet.createRow(r++).createCell(0).setCellValue(line);
    }
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 40 * 256);
  }

  private static void table(Sheet sheet, ReportTable table, Styles styles) {
    List<ReportTable.Column> columns = table.columns();
    int[] width = new int[columns.size() + 1];
    Row header = sheet.createRow(0);
    for (int c = 0; c <= columns.size(); c++) {
      String text = c < columns.size() ? columns.get(c).header() : "notes";
      Cell cell = header.createCell(c);
      cell.setCellValue(text);
      cell.setCellStyle(styles.bold);
      width[c] = text.length();
    }
    int r = 1;
    for (ReportTable.Row row : table.rows()) {
      Row out = sheet.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        ReportTable.Cell value = row.cells().get(c);
        Cell cell = out.createCell(c);
        if (value.text().isPresent()) {
          cell.setCellValue(value.text().get());
          if (c == 0 && row.indent() > 0) {
            cell.setCellStyle(styles.indented(row.indent()));
          }
          width[c] = Math.max(width[c], value.text().get().length() + 2 * row.indent());
        } else if (value.number().isPresent()) {
          cell.setCellValue(value.number().getAsDouble());
          cell.setCellStyle(styles.number(columns.get(c).kind()));
          width[c] = Math.max(width[c], 8);
        } else {
          cell.setCellValue("n/a");
          width[c] = Math.max(width[c], 3);
        }
      }
      if (!row.notes().isEmpty()) {
        String notes = String.join("; ", row.notes());
        out.createCell(columns.size()).setCellValue(notes);
        width[columns.size()] = Math.max(width[columns.size()], notes.length());
      }
    }
    for (int c = 0; c < width.length; c++) {
      sheet.setColumnWidth(c, (Math.min(width[c], MAX_WIDTH) + 2) * 256);
    }
    sheet.createFreezePane(1, 1);
  }

  /** The few cell styles a report needs, created once per workbook. */
  private static final class Styles {
    private final XSSFWorkbook workbook;
    final CellStyle bold;
    private final CellStyle coefficient;
    private final CellStyle percent;
    private final CellStyle count;
    private final Map<Integer, CellStyle> indents = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
      this.workbook = workbook;
      Font font = workbook.createFont();
      font.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(font);
      coefficient = format("0.000");
      percent = format("0.0%");
      count = format("0");
    }

    CellStyle number(ReportTable.Kind kind) {
      return switch (kind) {
        case PERCENT -> percent;
        case COUNT -> count;
        case COEFFICIENT, TEXT -> coefficient;
      };
    }

    CellStyle indented(int level) {
      return indents.computeIfAbsent(
          level,
          l -> {
            CellStyle style = workbook.createCellStyle();
            style.setIndention((short) Math.min(l * 2, 15));
            return style;
          });
    }

    private CellStyle format(String pattern) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
      return style;
    }
  }
}
