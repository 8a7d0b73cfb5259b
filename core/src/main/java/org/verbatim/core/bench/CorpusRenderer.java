package org.verbatim.core.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders generated transcripts as the files researchers receive: a PDF (lines wrapped at {@value
 * #WRAP} characters, {@value #LINES_PER_PAGE} lines a page, a running header and page numbers) or
 * an ODT (one paragraph per line). For the import benchmarks of those formats; English text only
 * (the PDF uses a standard Latin font).
 */
public final class CorpusRenderer {
  static final int WRAP = 90;
  static final int LINES_PER_PAGE = 50;

  private CorpusRenderer() {}

  /** Writes {@code txt} as {@code NAME.pdf} in {@code folder}; returns the file. */
  public static Path pdf(Path txt, Path folder) {
    Path out = folder.resolve(baseName(txt) + ".pdf");
    List<String> lines = wrapped(read(txt));
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(font, 9);
          s.setLeading(13);
          s.newLineAtOffset(50, 760);
          s.showText("Generated interview " + baseName(txt) + " - benchmark corpus");
          s.newLine();
          s.newLine();
          for (String line :
              lines.subList(p * LINES_PER_PAGE, Math.min(lines.size(), (p + 1) * LINES_PER_PAGE))) {
            s.showText(latin(line));
            s.newLine();
          }
          s.newLine();
          s.showText("Page " + (p + 1) + " of " + pages);
          s.endText();
        }
      }
      doc.save(out.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    return out;
  }

  /** Writes {@code txt} as {@code NAME.odt} in {@code folder}; returns the file. */
  public static Path odt(Path txt, Path folder) {
    Path out = folder.resolve(baseName(txt) + ".odt");
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:text>");
    for (String line : read(txt).split("\n", -1)) {
      xml.append("<text:p>").append(escape(line)).append("</text:p>");
    }
    xml.append("</office:text></office:body></office:document-content>");
    try (OutputStream file = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    return out;
  }

  private static String read(Path txt) {
    try {
      return Files.readString(txt, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + txt, e);
    }
  }

  private static List<String> wrapped(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String rest = line;
      while (rest.length() > WRAP) {
        int cut = rest.lastIndexOf(' ', WRAP);
        if (cut <= 0) {
          cut = WRAP;
        }
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut).stripLeading();
      }
      out.add(rest);
    }
    return out;
  }

  /** Characters the standard font cannot show become '?'. */
  private static String latin(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c < 0x20 ? ' ' : c <= 0x7E || "–—‘’“”…é".indexOf(c) >= 0 ? c : '?');
    }
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String baseName(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
