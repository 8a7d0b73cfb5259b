package org.verbatim.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats a table export is written in, by their file extension. */
public enum ExportFormat {
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv; charset=utf-8"),
  MD("md", "text/markdown; charset=utf-8"),
  HTML("html", "text/html; charset=utf-8");

  private final String extension;
  private final String contentType;

  ExportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  /** The format's name and file extension ("docx"). */
  public String extension() {
    return extension;
  }

  /** The media type a download announces. */
  public String contentType() {
    return contentType;
  }

  /** The writer of this format; {@code byteOrderMark} matters to CSV only. */
  public TableWriter writer(boolean byteOrderMark) {
    return switch (this) {
      case DOCX -> new DocxTableWriter();
      case XLSX -> new XlsxTableWriter();
      case CSV -> new CsvTableWriter(byteOrderMark);
      case MD -> new MarkdownTableWriter();
      case HTML -> new HtmlTableWriter();
    };
  }

  /** The format of that name ("docx", "md", …; case-insensitive). */
  public static Optional<ExportFormat> byName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
  }

  /** "docx|xlsx|csv|md|html", for messages. */
  public static String names() {
    return Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining("|"));
  }
}
