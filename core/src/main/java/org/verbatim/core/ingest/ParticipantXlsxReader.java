package org.verbatim.core.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.ParticipantRow;

/**
 * Reads a participants table from the first sheet of an XLSX workbook, with the columns and checks
 * of {@link ParticipantCsvReader}: cells as Excel shows them, row {@code n} of the sheet reported
 * as line {@code n}. Opened within the zip and XML limits of DOCX ({@link SafeZip}).
 */
public final class ParticipantXlsxReader {
  static {
    SafeZip.init();
  }

  /**
   * Reads {@code xlsx}.
   *
   * @throws InvalidInputException naming the file and line (sheet row) of the first problem, or the
   *     file when it is no readable workbook
   */
  public List<ParticipantRow> read(Path xlsx) {
    String name = SourceFiles.label(xlsx);
    SourceFiles.checkReadable(xlsx, SafeZip.MAX_FILE_BYTES);
    return new ParticipantCsvReader().read(name, TextNormaliser.normalise(asCsv(xlsx, name)));
  }

  private static String asCsv(Path xlsx, String name) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      throw refusal(name, e);
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new InvalidInputException(name + ": is empty (the workbook has no sheet)");
      }
      return csv(workbook.getSheetAt(0));
    } catch (IOException | RuntimeException e) {
      throw refusal(name, e);
    } finally {
      // closing a read-only package would try to save it; revert() releases the file
      pkg.revert();
    }
  }

  /** One CSV line per sheet row (blank lines for missing rows, so line numbers are row numbers). */
  private static String csv(Sheet sheet) throws IOException {
    DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int width = -1;
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        List<String> cells = cells(sheet.getRow(r), format);
        if (width < 0 && !cells.stream().allMatch(String::isBlank)) {
          width = trimmed(cells, 0).size();
        }
        List<String> row = trimmed(cells, Math.max(width, 0));
        if (row.stream().allMatch(String::isBlank)) {
          out.append('\n');
        } else {
          printer.printRecord(row);
        }
      }
    }
    return out.toString();
  }

  private static List<String> cells(Row row, DataFormatter format) {
    List<String> cells = new ArrayList<>();
    if (row == null) {
      return cells;
    }
    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
      Cell cell = row.getCell(c);
      // a line break inside a cell would shift the line numbers of every later row
      cells.add(cell == null ? "" : format.formatCellValue(cell).replaceAll("\\R", " "));
    }
    return cells;
  }

  /** {@code cells} padded with blanks to {@code width}, and without blank cells past it. */
  private static List<String> trimmed(List<String> cells, int width) {
    List<String> out = new ArrayList<>(cells);
    while (out.size() > width && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    while (out.size() < width) {
      out.add("");
    }
    return out;
  }

  private static InvalidInputException refusal(String name, Exception e) {
    return SafeZip.refusal(name, e, "is not a readable XLSX workbook");
  }
}
