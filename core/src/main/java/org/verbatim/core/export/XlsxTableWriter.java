package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an XLSX workbook, one sheet per table, streamed (SXSSF: only a window of rows is in
 * memory, the rest goes to a compressed temporary file), so that a 100,000-row export needs little
 * heap. Row 1 is the header, bold and frozen, with an auto-filter over the table; numbers are
 * numeric cells with the column's format; long text wraps in columns whose width follows their
 * content (8 to 60 characters). A last sheet "About" holds the title, facts and notes.
 */
public final class XlsxTableWriter implements TableWriter {
  /** Excel refuses longer cell text. */
  static final int MAX_CELL_TEXT = 32_767;

  private static final int WINDOW = 200;
  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 60;

  @Override
  public void write(ExportDocument document, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    try {
      Styles styles = new Styles(workbook);
      Set<String> names = new HashSet<>();
      for (ExportTable table : document.tables()) {
        table(workbook.createSheet(sheetName(table.name(), names)), table, styles);
      }
      about(workbook.createSheet(sheetName("About", names)), document, styles);
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close(); // also deletes the temporary files
    }
  }

  private static void table(SXSSFSheet sheet, ExportTable table, Styles styles) {
    int columns = table.columns().size();
    int[] width = new int[columns];
    boolean[] wrap = new boolean[columns];
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns; c++) {
      String text = table.columns().get(c).header();
      Cell cell = header.createCell(c);
      cell.setCellValue(text);
      cell.setCellStyle(styles.header);
      width[c] = text.length() + 3; // room for the filter button
    }
    int r = 1;
    for (ExportTable.Row row : table.rows()) {
      Row out = sheet.createRow(r++);
      for (int c = 0; c < columns; c++) {
        ExportTable.Cell value = row.cells().get(c);
        ExportTable.Kind kind = table.columns().get(c).kind();
        if (value instanceof ExportTable.Number n) {
          Cell cell = out.createCell(c);
          cell.setCellValue(n.value());
          cell.setCellStyle(styles.number(n.kind().orElse(kind)));
          width[c] = Math.max(width[c], n.display(kind).length() + 1);
        } else if (value instanceof ExportTable.Text t) {
          Cell cell = out.createCell(c);
          String text = t.text();
          if (text.length() > MAX_CELL_TEXT) {
            text = text.substring(0, MAX_CELL_TEXT - 1) + "…";
          }
          cell.setCellValue(text);
          boolean multiline = text.indexOf('\n') >= 0 || text.length() > MAX_WIDTH;
          wrap[c] |= multiline;
          if (c == 0 && row.level() > 0) {
            cell.setCellStyle(styles.indented(row.level()));
          } else {
            cell.setCellStyle(multiline ? styles.wrapped : styles.text);
          }
          if (width[c] < MAX_WIDTH) {
            width[c] = Math.max(width[c], longestLine(text, MAX_WIDTH) + 2 * row.level());
          }
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, (Math.max(MIN_WIDTH, Math.min(width[c], MAX_WIDTH)) + 1) * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
  }

  private static void about(SXSSFSheet sheet, ExportDocument document, Styles styles) {
    int r = 0;
    Cell title = sheet.createRow(r++).createCell(0);
    title.setCellValue(document.title());
    title.setCellStyle(styles.header);
    for (String fact : document.facts()) {
      sheet.createRow(r++).createCell(0).setCellValue(fact);
    }
    for (ExportTable table : document.tables()) {
      for (String note : table.notes()) {
        sheet.createRow(r++).createCell(0).setCellValue(table.name() + ": " + note);
      }
    }
    sheet.setColumnWidth(0, 100 * 256);
  }

  /**
   * The display width of the text's longest line, counted up to {@code cap} (a width is never set
   * wider, and counting a 100,000-row column to the end would cost more than writing it).
   */
  private static int longestLine(String text, int cap) {
    int longest = 0;
    int length = 0;
    for (int i = 0; i < text.length() && longest < cap; i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        length = 0;
      } else {
        // a Han character is about two Latin characters wide
        length +=
            ch >= 0x2E80 && Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN ? 2 : 1;
        longest = Math.max(longest, length);
      }
    }
    return longest;
  }

  /** A sheet name Excel accepts: no {@code []:*?/\}, at most 31 characters, unique. */
  static String sheetName(String name, Set<String> taken) {
    String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
    if (clean.isEmpty()) {
      clean = "Table";
    }
    clean = clean.length() > 31 ? clean.substring(0, 31) : clean;
    String candidate = clean;
    for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
      String suffix = " " + i;
      candidate = clean.substring(0, Math.min(clean.length(), 31 - suffix.length())) + suffix;
    }
    return candidate;
  }

  /** The few styles a table needs, made once per workbook (Excel limits their number). */
  private static final class Styles {
    private final SXSSFWorkbook workbook;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final java.util.Map<Integer, CellStyle> indents = new java.util.HashMap<>();

    Styles(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      text = workbook.createCellStyle();
      text.setVerticalAlignment(VerticalAlignment.TOP);
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      integer = format("0");
      decimal = format("0.00");
      percent = format("0.0%");
    }

    CellStyle number(ExportTable.Kind kind) {
      return switch (kind) {
        case INTEGER -> integer;
        case PERCENT -> percent;
        case DECIMAL, TEXT -> decimal;
      };
    }

    CellStyle indented(int level) {
      return indents.computeIfAbsent(
          level,
          l -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(wrapped);
            style.setIndention((short) Math.min(2 * l, 15));
            return style;
          });
    }

    private CellStyle format(String pattern) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }
  }
}
