package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a DOCX (Apache POI): the title, facts as a note, then each table as a real Word table
 * whose header row repeats on every page, followed by its notes. Column widths follow the share of
 * text each column holds; the page turns landscape when any table is wide ({@link
 * ExportTable#wide()}). A paragraph break in a cell starts a new paragraph; a subtheme's first cell
 * is indented.
 */
public final class DocxTableWriter implements TableWriter {
  @Override
  public void write(ExportDocument document, OutputStream out) throws IOException {
    boolean landscape = document.tables().stream().anyMatch(ExportTable::wide);
    try (XWPFDocument doc = DocxPages.create(landscape)) {
      DocxPages.paragraph(doc, DocxPages.TITLE, document.title());
      if (!document.facts().isEmpty()) {
        DocxPages.paragraph(doc, DocxPages.NOTE, String.join("\n", document.facts()));
      }
      for (ExportTable table : document.tables()) {
        if (document.tables().size() > 1 || !table.title().equals(document.title())) {
          DocxPages.paragraph(doc, DocxPages.HEADING_1, table.title());
        }
        table(doc, table, DocxPages.textWidth(landscape));
        for (String note : table.notes()) {
          DocxPages.paragraph(doc, DocxPages.NOTE, note);
        }
      }
      doc.write(out);
      out.flush();
    }
  }

  /** Adds {@code table} to {@code doc} as a Word table {@code width} twips wide. */
  static void table(XWPFDocument doc, ExportTable table, int width) {
    int columns = table.columns().size();
    int[] widths = widths(table, width);
    XWPFTable t = doc.createTable(table.rows().size() + 1, columns);
    t.setTableAlignment(TableRowAlign.LEFT);
    t.getCTTbl().getTblPr().addNewTblW().setType(STTblWidth.DXA);
    t.getCTTbl().getTblPr().getTblW().setW(BigInteger.valueOf(width));
    CTTblLayoutType layout = t.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid =
        t.getCTTbl().getTblGrid() != null
            ? t.getCTTbl().getTblGrid()
            : t.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    XWPFTableRow header = t.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < columns; c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setColor("E7E6E6");
      cell.setWidth(String.valueOf(widths[c]));
      XWPFRun run = cell.getParagraphs().get(0).createRun();
      run.setBold(true);
      run.setText(table.columns().get(c).header());
    }
    List<ExportTable.Row> rows = table.rows();
    // asked once, not per cell: rows may be streamed, and a pass over them reads the store
    boolean indented = rows.stream().anyMatch(x -> x.level() > 0);
    int r = 0;
    for (ExportTable.Row row : rows) {
      XWPFTableRow out = t.getRow(++r);
      out.setCantSplitRow(true); // a row moves to the next page whole, as in the HTML print style
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = out.getCell(c);
        cell.setWidth(String.valueOf(widths[c]));
        ExportTable.Cell value = row.cells().get(c);
        String text = value.display(table.columns().get(c).kind());
        String[] paragraphs = text.split("\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
          XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
          if (value instanceof ExportTable.Number) {
            p.setAlignment(ParagraphAlignment.RIGHT);
          }
          if (c == 0 && row.level() > 0) {
            p.setIndentationLeft(360 * row.level());
          }
          if (!paragraphs[i].isEmpty()) {
            XWPFRun run = p.createRun();
            run.setText(paragraphs[i]);
            if (c == 0 && row.level() == 0 && indented) {
              run.setBold(true); // a theme above its indented subthemes
            }
          }
        }
      }
    }
  }

  /** Column widths in twips: shares of {@code width} by the text each column holds. */
  private static int[] widths(ExportTable table, int width) {
    int columns = table.columns().size();
    double[] weight = new double[columns];
    // the first rows, taken once for all columns (rows may be streamed)
    List<ExportTable.Row> sample = new java.util.ArrayList<>();
    for (ExportTable.Row row : table.rows()) {
      if (sample.size() == 2_000) {
        break;
      }
      sample.add(row);
    }
    for (int c = 0; c < columns; c++) {
      ExportTable.Kind kind = table.columns().get(c).kind();
      long total = 0;
      int filled = 0;
      int longestWord = 0;
      for (ExportTable.Row row : sample) {
        String text = row.cells().get(c).display(kind);
        if (!text.isEmpty()) {
          filled++;
          total += Math.min(400, text.length());
          for (String word : text.split("\\s+")) {
            longestWord = Math.max(longestWord, Math.min(word.length(), 16));
          }
        }
      }
      // the mean of the filled cells: a theme column is mostly empty but needs room for its names
      double mean = filled == 0 ? 0 : (double) total / filled;
      String header = table.columns().get(c).header();
      for (String word : header.split("\\s+")) {
        longestWord = Math.max(longestWord, word.length());
      }
      weight[c] = Math.max(Math.max(longestWord + 2, 4), Math.sqrt(mean) * 3);
    }
    double sum = 0;
    for (double w : weight) {
      sum += w;
    }
    int[] widths = new int[columns];
    int used = 0;
    for (int c = 0; c < columns; c++) {
      widths[c] = c == columns - 1 ? width - used : (int) Math.round(width * weight[c] / sum);
      used += widths[c];
    }
    return widths;
  }
}
