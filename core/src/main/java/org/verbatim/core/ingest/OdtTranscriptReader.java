package org.verbatim.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads OpenDocument text (.odt, as LibreOffice writes it): the body's paragraphs, headings, list
 * items and table rows in reading order, one line each (a row's cells joined by a tab), line breaks
 * kept, then speaker layouts as in plain text ({@link TranscriptLayout}). Notes, annotations,
 * tracked deletions and frames are not read.
 *
 * <p>An ODT is a zip, read within the limits of {@link SafeZip} like DOCX; its XML is parsed
 * without DTDs, so an entity declaration cannot reach files or expand.
 */
public final class OdtTranscriptReader implements TranscriptReader {
  private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String CORRUPT = "is not a readable ODT (truncated or corrupt)";

  @Override
  public DocumentContent read(Path file, ImportOptions options) {
    String name = SourceFiles.label(file);
    SourceFiles.checkReadable(file, SafeZip.MAX_FILE_BYTES);
    String text = TextNormaliser.normalise(extract(file, name));
    if (text.isBlank()) {
      throw new InvalidInputException(name + ": is empty (the document has no text)");
    }
    TranscriptLayout.Layout layout = TranscriptLayout.of(text, options.speakerPattern());
    return Contents.of(file, options, SourceFormat.ODT, layout.text(), layout.turns());
  }

  private static String extract(Path file, String name) {
    try (ZipSecureFile zip = SafeZip.open(file);
        InputStream content = SafeZip.entry(zip, "content.xml", name, "ODT")) {
      XMLStreamReader xml = SafeZip.xmlInputFactory().createXMLStreamReader(content);
      try {
        return String.join("\n", new Lines().read(xml));
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw SafeZip.refusal(name, e, CORRUPT);
    }
  }

  /** Collects lines while walking {@code content.xml}. */
  private static final class Lines {
    private final List<String> lines = new ArrayList<>();
    private final List<StringBuilder> paragraphs = new ArrayList<>();
    private List<String> row = new ArrayList<>();
    private List<String> cell = new ArrayList<>();
    private int tables;
    private int skipped;

    List<String> read(XMLStreamReader xml) throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          start(xml);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(xml);
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && skipped == 0
            && !paragraphs.isEmpty()) {
          current().append(xml.getText());
        }
      }
      return lines;
    }

    private StringBuilder current() {
      return paragraphs.get(paragraphs.size() - 1);
    }

    private void start(XMLStreamReader xml) {
      String ns = String.valueOf(xml.getNamespaceURI());
      String local = xml.getLocalName();
      if (skipped > 0 || isSkipped(ns, local)) {
        skipped++;
        return;
      }
      if (ns.equals(TEXT_NS)) {
        switch (local) {
          case "p", "h" -> paragraphs.add(new StringBuilder());
          case "s" -> {
            if (!paragraphs.isEmpty()) {
              String c = xml.getAttributeValue(TEXT_NS, "c");
              current().append(" ".repeat(spaces(c)));
            }
          }
          case "tab" -> {
            if (!paragraphs.isEmpty()) {
              current().append('\t');
            }
          }
          case "line-break" -> {
            if (!paragraphs.isEmpty()) {
              current().append('\n');
            }
          }
          default -> {
            // spans, links, lists: their text belongs to the enclosing paragraph
          }
        }
      } else if (ns.equals(TABLE_NS)) {
        switch (local) {
          case "table" -> tables++;
          case "table-row" -> {
            if (tables == 1) {
              row = new ArrayList<>();
            }
          }
          case "table-cell" -> {
            if (tables == 1) {
              cell = new ArrayList<>();
            }
          }
          default -> {}
        }
      }
    }

    private void end(XMLStreamReader xml) {
      if (skipped > 0) {
        skipped--;
        return;
      }
      String ns = String.valueOf(xml.getNamespaceURI());
      String local = xml.getLocalName();
      if (ns.equals(TEXT_NS) && (local.equals("p") || local.equals("h"))) {
        String paragraph = paragraphs.remove(paragraphs.size() - 1).toString();
        if (!paragraphs.isEmpty()) {
          current().append(' ').append(paragraph);
        } else if (tables > 0) {
          cell.add(paragraph);
        } else {
          lines.add(paragraph);
        }
      } else if (ns.equals(TABLE_NS)) {
        switch (local) {
          case "table" -> tables--;
          case "table-cell" -> {
            if (tables == 1) {
              row.add(String.join(" ", cell).replace('\n', ' ').replace('\t', ' '));
            }
          }
          case "table-row" -> {
            if (tables == 1) {
              lines.add(String.join("\t", row));
            }
          }
          default -> {}
        }
      }
    }

    private static boolean isSkipped(String ns, String local) {
      return (ns.equals(TEXT_NS)
              && (local.equals("note")
                  || local.equals("tracked-changes")
                  || local.equals("table-of-content")
                  || local.equals("sequence-decls")))
          || local.equals("annotation")
          || local.equals("frame")
          || local.equals("covered-table-cell");
    }

    private static int spaces(String count) {
      if (count == null) {
        return 1;
      }
      try {
        return Math.max(1, Math.min(1000, Integer.parseInt(count.strip())));
      } catch (NumberFormatException e) {
        return 1;
      }
    }
  }
}
