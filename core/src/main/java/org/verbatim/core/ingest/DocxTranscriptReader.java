package org.verbatim.core.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
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

/**
 * Reads Word (.docx) transcripts through Apache POI: the body's paragraphs and table rows in
 * reading order, one line each (a row's cells joined by a tab), then speaker labels as in plain
 * text ({@link TranscriptLayout}), also from bold names at paragraph starts ({@link BoldNames}).
 * Headers, footers, comments and footnotes are not read.
 *
 * <p>A DOCX is a zip file, so a small upload can expand to gigabytes. The limits of {@link SafeZip}
 * apply (POI keeps them in static fields, shared by the whole JVM) and a file that exceeds them is
 * refused as a zip bomb.
 */
public final class DocxTranscriptReader implements TranscriptReader {
  /** Largest DOCX file accepted, in bytes. */
  public static final long MAX_FILE_BYTES = SafeZip.MAX_FILE_BYTES;

  /** Smallest compressed/expanded ratio of a zip entry: it may expand at most 100-fold. */
  public static final double MIN_INFLATE_RATIO = SafeZip.MIN_INFLATE_RATIO;

  /** Largest expanded zip entry, in bytes. */
  public static final long MAX_ENTRY_BYTES = SafeZip.MAX_ENTRY_BYTES;

  /** Most zip entries in one file. */
  public static final long MAX_ENTRIES = SafeZip.MAX_ENTRIES;

  static {
    SafeZip.init();
  }

  @Override
  public DocumentContent read(Path file, ImportOptions options) {
    String name = SourceFiles.label(file);
    SourceFiles.checkReadable(file, MAX_FILE_BYTES);
    String text = TextNormaliser.normalise(extract(file, name));
    if (text.isBlank()) {
      throw new InvalidInputException(name + ": is empty (the document has no text)");
    }
    TranscriptLayout.Layout layout = TranscriptLayout.of(text, options.speakerPattern());
    return Contents.of(file, options, SourceFormat.DOCX, layout.text(), layout.turns());
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
      return String.join("\n", withBoldNames(document, lines));
    } catch (IOException | RuntimeException e) {
      throw refusal(name, e);
    } finally {
      pkg.revert();
    }
  }

  /** {@code lines} with bold leading names written as labels, when the document uses them. */
  private static List<String> withBoldNames(XWPFDocument document, List<String> lines) {
    List<IBodyElement> body = document.getBodyElements();
    if (body.size() != lines.size()) {
      return lines; // tables add lines; bold names are a layout of plain paragraphs
    }
    List<String> out = new ArrayList<>(lines);
    int found = 0;
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof XWPFParagraph paragraph) {
        var labelled = BoldNames.labelled(paragraph);
        if (labelled.isPresent()) {
          out.set(i, labelled.get());
          found++;
        }
      }
    }
    return found >= BoldNames.MIN_PARAGRAPHS ? out : lines;
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
      if (t instanceof OLE2NotOfficeXmlFileException) {
        return new InvalidInputException(
            name + ": is an old Word 97-2003 (.doc) file; save it as .docx", e);
      }
    }
    String what =
        e instanceof POIXMLException || e instanceof OpenXML4JRuntimeException
            ? "is not a readable Word document"
            : "is not a readable DOCX (truncated or corrupt zip)";
    return SafeZip.refusal(name, e, what);
  }
}
