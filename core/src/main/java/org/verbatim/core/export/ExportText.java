package org.verbatim.core.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.verbatim.core.model.InvalidInputException;

/**
 * The text a reader of an export file sees, read back from the written bytes: DOCX and XLSX through
 * POI, a zip entry by entry (member-check packets, REFI-QDA's project.qde and sources), anything
 * else as UTF-8. What the de-identification check searches.
 */
public final class ExportText {
  /** More than this in one zip entry is not read (a packet of transcripts is far smaller). */
  private static final int ENTRY_LIMIT = 512 << 20;

  private ExportText() {}

  /**
   * The text of an export file whose name ends in {@code extension} ("docx", "zip", "qdpx", …).
   *
   * @throws InvalidInputException when the bytes are not the format the extension names
   */
  public static String of(byte[] bytes, String extension) {
    try {
      return read(bytes, extension.toLowerCase(Locale.ROOT));
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(
          "cannot read back the " + extension + " export to check it: " + e.getMessage(), e);
    }
  }

  private static String read(byte[] bytes, String extension) throws IOException {
    return switch (extension) {
      case "docx" -> docx(bytes);
      case "xlsx" -> xlsx(bytes);
      case "zip", "qdpx" -> zip(bytes);
      default -> new String(bytes, StandardCharsets.UTF_8);
    };
  }

  private static String docx(byte[] bytes) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }

  private static String xlsx(byte[] bytes) throws IOException {
    StringBuilder out = new StringBuilder();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : book) {
        out.append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          for (Cell cell : row) {
            out.append(formatter.formatCellValue(cell)).append('\t');
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String zip(byte[] bytes) throws IOException {
    StringBuilder out = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String name = e.getName();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        out.append(name).append('\n');
        out.append(read(entry(zip, name), ext.toLowerCase(Locale.ROOT))).append('\n');
      }
    }
    return out.toString();
  }

  private static byte[] entry(InputStream in, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > ENTRY_LIMIT) {
        throw new IOException(name + " is larger than " + (ENTRY_LIMIT >> 20) + " MB");
      }
    }
    return out.toByteArray();
  }
}
