package org.verbatim.core.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * text ({@link TranscriptLayout}), also from bold names at paragraph starts ({@link BoldNames}) and
 * from tables holding a turn per row ({@link TableTurns}). Headers, footers, comments and footnotes
 * are not read.
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
      List<Line> lines = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        addLines(element, lines);
      }
      return String.join("\n", labelled(lines));
    } catch (IOException | RuntimeException e) {
      throw refusal(name, e);
    } finally {
      pkg.revert();
    }
  }

  /**
   * A line of the body: its text, the label line a bold leading name makes of it (paragraphs) and
   * the label line of a table row that is a turn ({@link TableTurns}).
   */
  private record Line(String text, Optional<String> boldName, Optional<String> tableTurn) {}

  /**
   * The lines, with bold leading names written as labels when the document uses them (in
   * paragraphs, counted over the document) and table rows written as turns where a table holds
   * them.
   */
  private static List<String> labelled(List<Line> lines) {
    long bold = lines.stream().filter(l -> l.boldName().isPresent()).count();
    boolean useBold = bold >= BoldNames.MIN_PARAGRAPHS;
    List<String> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      out.add(l.tableTurn().or(() -> useBold ? l.boldName() : Optional.empty()).orElse(l.text()));
    }
    return out;
  }

  private static void addLines(IBodyElement element, List<Line> lines) {
    if (element instanceof XWPFParagraph paragraph) {
      lines.add(new Line(paragraph.getText(), BoldNames.labelled(paragraph), Optional.empty()));
    } else if (element instanceof XWPFTable table) {
      List<List<TableTurns.Cell>> rows = new ArrayList<>();
      for (XWPFTableRow row : table.getRows()) {
        rows.add(cells(row));
      }
      List<Optional<String>> turns = TableTurns.labelled(rows);
      for (int i = 0; i < rows.size(); i++) {
        String text = String.join("\t", rows.get(i).stream().map(TableTurns.Cell::text).toList());
        lines.add(new Line(text, Optional.empty(), turns.get(i)));
      }
    } else if (element instanceof XWPFSDT sdt) {
      lines.add(plain(sdt.getContent().getText()));
    }
  }

  private static Line plain(String text) {
    return new Line(text, Optional.empty(), Optional.empty());
  }

  private static List<TableTurns.Cell> cells(XWPFTableRow row) {
    List<TableTurns.Cell> cells = new ArrayList<>();
    for (ICell cell : row.getTableICells()) {
      if (cell instanceof XWPFTableCell tableCell) {
        cells.add(new TableTurns.Cell(cellText(tableCell), tableCell.getParagraphs()));
      } else if (cell instanceof XWPFSDTCell sdtCell) {
        cells.add(
            new TableTurns.Cell(sdtCell.getContent().getText().replace('\n', ' '), List.of()));
      }
    }
    return cells;
  }

  /** A cell's paragraphs (and nested tables) on one line, so that a row stays one line. */
  private static String cellText(XWPFTableCell cell) {
    List<String> parts = new ArrayList<>();
    for (IBodyElement element : cell.getBodyElements()) {
      List<Line> lines = new ArrayList<>();
      addLines(element, lines);
      lines.forEach(l -> parts.add(l.text()));
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
