package org.verbatim.core.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an exported file back into rows of cell texts (header row first), one list per table, with
 * each format's own reader: POI for DOCX and XLSX, Commons CSV, jsoup for HTML, and the Markdown
 * pipe table split line by line. Paragraphs within a cell come back joined by {@code \n}; XLSX
 * numbers come back as the model's {@link ExportTable.Kind#format} of them.
 */
final class ReadBack {
  private ReadBack() {}

  static List<List<List<String>>> tables(ExportFormat format, byte[] bytes, ExportDocument model)
      throws IOException {
    return switch (format) {
      case DOCX -> docx(bytes);
      case XLSX -> xlsx(bytes, model);
      case CSV -> csv(bytes, model);
      case MD -> markdown(new String(bytes, StandardCharsets.UTF_8));
      case HTML -> html(new String(bytes, StandardCharsets.UTF_8));
    };
  }

  /** The model as the same rows of texts. */
  static List<List<List<String>>> expected(ExportDocument model) {
    List<List<List<String>>> tables = new ArrayList<>();
    for (ExportTable table : model.tables()) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(table.headers());
      for (ExportTable.Row row : table.rows()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
          cells.add(row.cells().get(c).display(table.columns().get(c).kind()));
        }
        rows.add(cells);
      }
      tables.add(rows);
    }
    return tables;
  }

  static List<List<List<String>>> docx(byte[] bytes) throws IOException {
    List<List<List<String>>> tables = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      for (XWPFTable table : doc.getTables()) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell cell : row.getTableCells()) {
            List<String> paragraphs = new ArrayList<>();
            for (XWPFParagraph p : cell.getParagraphs()) {
              paragraphs.add(p.getText());
            }
            cells.add(String.join("\n", paragraphs));
          }
          rows.add(cells);
        }
        tables.add(rows);
      }
    }
    return tables;
  }

  static List<List<List<String>>> xlsx(byte[] bytes, ExportDocument model) throws IOException {
    List<List<List<String>>> tables = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (int s = 0; s < model.tables().size(); s++) {
        ExportTable table = model.tables().get(s);
        Sheet sheet = workbook.getSheetAt(s);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
              cells.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
              ExportTable.Kind kind = table.columns().get(c).kind();
              if (r > 0 && table.rows().get(r - 1).cells().get(c) instanceof ExportTable.Number n) {
                kind = n.kind().orElse(kind);
              }
              cells.add(kind.format(cell.getNumericCellValue()));
            } else {
              cells.add(cell.getStringCellValue());
            }
          }
          rows.add(cells);
        }
        tables.add(rows);
      }
    }
    return tables;
  }

  static List<List<List<String>>> csv(byte[] bytes, ExportDocument model) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<List<String>>> tables = new ArrayList<>();
    List<List<String>> current = new ArrayList<>();
    boolean several = model.tables().size() > 1;
    try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        if (several && cells.size() == 1 && cells.get(0).isEmpty()) {
          tables.add(current);
          current = new ArrayList<>();
          continue;
        }
        current.add(cells);
      }
    }
    tables.add(current);
    if (several) {
      tables.forEach(t -> t.remove(0)); // the title row
    }
    return tables;
  }

  static List<List<List<String>>> markdown(String text) {
    List<List<List<String>>> tables = new ArrayList<>();
    List<List<String>> current = null;
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("|")) {
        if (current != null) {
          tables.add(current);
          current = null;
        }
        continue;
      }
      List<String> cells = pipeCells(line);
      if (current == null) {
        current = new ArrayList<>();
        current.add(cells);
      } else if (current.size() == 1 && cells.stream().allMatch(c -> c.matches("-+:?"))) {
        continue; // the alignment row
      } else {
        current.add(cells);
      }
    }
    if (current != null) {
      tables.add(current);
    }
    return tables;
  }

  /** Splits a pipe-table line at unescaped pipes and undoes the writer's escapes. */
  static List<String> pipeCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cell.append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(unescape(cell.toString().strip().replace("\u00A0", "")));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  private static String unescape(String s) {
    return s.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  static List<List<List<String>>> html(String text) {
    List<List<List<String>>> tables = new ArrayList<>();
    for (Element table : Jsoup.parse(text).select("table")) {
      List<List<String>> rows = new ArrayList<>();
      for (Element tr : table.select("tr")) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.select("th, td")) {
          var paragraphs = cell.select("p");
          cells.add(
              paragraphs.isEmpty()
                  ? cell.wholeText()
                  : String.join("\n", paragraphs.stream().map(Element::wholeText).toList()));
        }
        rows.add(cells);
      }
      tables.add(rows);
    }
    return tables;
  }
}
