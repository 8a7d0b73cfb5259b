package org.verbatim.core.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Turn;

/**
 * Reads Word (.docx) transcripts through Apache POI: the body's paragraphs and table rows in
 * reading order, one line each (a row's cells joined by a tab), then speaker labels as in plain
 * text. Headers, footers, comments and footnotes are not read.
 *
 * <p>A DOCX is a zip file, so a small upload can expand to gigabytes. The limits below are set
 * explicitly (POI keeps them in static fields, shared by the whole JVM) and a file that exceeds
 * them is refused as a zip bomb.
 */
public final class DocxTranscriptReader implements TranscriptReader {
  /** Largest DOCX file accepted, in bytes. */
  public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

  /** Smallest compressed/expanded ratio of a zip entry: it may expand at most 100-fold. */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /**
   * Largest expanded zip entry, in bytes. POI holds {@code word/document.xml} as a DOM several
   * times its size, so this bounds the memory a DOCX import needs (docs/reliability.md).
   */
  public static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;

  /** Most zip entries in one file. */
  public static final long MAX_ENTRIES = 1000;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
  }

  @Override
  public DocumentContent read(Path file, ImportOptions options) {
    String name = SourceFiles.label(file);
    SourceFiles.checkReadable(file, MAX_FILE_BYTES);
    String text = TextNormaliser.normalise(extract(file, name));
    if (text.isBlank()) {
      throw new InvalidInputException(name + ": is empty (the document has no text)");
    }
    List<Turn> turns = SpeakerLabels.turns(text, options.speakerPattern());
    return Contents.of(file, options, SourceFormat.DOCX, text, turns);
  }

  private static String extract(Path file, String name) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      throw refusal(name, e);
    }
    try {
      // Not closed: closing a read-only package tries to save it; revert() releases the file.
      XWPFDocument document = new XWPFDocument(pkg);
      List<String> lines = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        addLines(element, lines);
      }
      return String.join("\n", lines);
    } catch (IOException | RuntimeException e) {
      throw refusal(name, e);
    } finally {
      pkg.revert();
    }
  }

  private static void addLines(IBodyElement element, List<String> lines) {
    if (element instanceof XWPFParagraph paragraph) {
      lines.add(paragraph.getText());
    } else if (element instanceof XWPFTable table) {
      for (XWPFTableRow row : table.getRows()) {
        lines.add(rowText(row));
      }
    } else if (element instanceof XWPFSDT sdt) {
      lines.add(sdt.getContent().getText());
    }
  }

  private static String rowText(XWPFTableRow row) {
    List<String> cells = new ArrayList<>();
    for (ICell cell : row.getTableICells()) {
      if (cell instanceof XWPFTableCell tableCell) {
        cells.add(cellText(tableCell));
      } else if (cell instanceof XWPFSDTCell sdtCell) {
        cells.add(sdtCell.getContent().getText().replace('\n', ' '));
      }
    }
    return String.join("\t", cells);
  }

  /** A cell's paragraphs (and nested tables) on one line, so that a row stays one line. */
  private static String cellText(XWPFTableCell cell) {
    List<String> parts = new ArrayList<>();
    for (IBodyElement element : cell.getBodyElements()) {
      List<String> lines = new ArrayList<>();
      addLines(element, lines);
      parts.addAll(lines);
    }
    return String.join(" ", parts).replace('\n', ' ').replace('\t', ' ');
  }

  private static InvalidInputException refusal(String name, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb") || message.contains("more internal file entries")) {
        String limit = limit(message);
        return new InvalidInputException(
            limit.startsWith("a part expands beyond")
                ? name + ": is too large (" + limit + "); split it into several documents"
                : name + ": looks like a zip bomb (" + limit + ")",
            e);
      }
      if (t instanceof OLE2NotOfficeXmlFileException) {
        return new InvalidInputException(
            name + ": is an old Word 97-2003 (.doc) file; save it as .docx", e);
      }
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String what =
        e instanceof POIXMLException || e instanceof OpenXML4JRuntimeException
            ? "is not a readable Word document"
            : "is not a readable DOCX (truncated or corrupt zip)";
    return new InvalidInputException(name + ": " + what + ": " + firstLine(detail), e);
  }

  /** Which of the limits POI's message says was hit. */
  private static String limit(String poiMessage) {
    if (poiMessage.contains("ratio")) {
      return "an entry expands more than " + Math.round(1 / MIN_INFLATE_RATIO) + "-fold";
    }
    if (poiMessage.contains("entries")) {
      return "more than " + MAX_ENTRIES + " zip entries";
    }
    return "a part expands beyond " + SourceFiles.megabytes(MAX_ENTRY_BYTES) + ", the limit";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
