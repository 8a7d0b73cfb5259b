package org.verbatim.core.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads the text layer of a PDF through Apache PDFBox, page by page in reading order; page headers,
 * footers and page numbers are removed ({@link PdfPageFurniture}), words hyphenated at a line end
 * are joined ({@link Hyphenation}), then speaker layouts as in plain text ({@link
 * TranscriptLayout}).
 *
 * <p>A PDF without a text layer (a scan) is refused with a message that it needs OCR first; a
 * password-protected or damaged one with one line saying so.
 */
public final class PdfTranscriptReader implements TranscriptReader {
  /** Largest PDF accepted, in bytes. */
  public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

  private static final Pattern GAPS = Pattern.compile("(?<=\\S)[ \\t]*\\t[ \\t]*|(?<=\\S) {2,}");
  private static final Pattern TRAILING = Pattern.compile("[ \\t]+(?=\n|$)");

  @Override
  public DocumentContent read(Path file, ImportOptions options) {
    String name = SourceFiles.label(file);
    SourceFiles.checkReadable(file, MAX_FILE_BYTES);
    List<String> pages = pages(file, name);
    String text =
        TextNormaliser.normalise(
            Hyphenation.join(String.join("\n", PdfPageFurniture.strip(pages))));
    if (text.isBlank()) {
      throw new InvalidInputException(
          name
              + ": has no text layer (a scanned PDF of "
              + pages.size()
              + (pages.size() == 1 ? " page" : " pages")
              + "?); run OCR on it first, then import the result");
    }
    TranscriptLayout.Layout layout = TranscriptLayout.of(text, options.speakerPattern());
    return Contents.of(file, options, SourceFormat.PDF, layout.text(), layout.turns());
  }

  /**
   * A page's text with tabs and runs of blanks between words made single spaces and trailing blanks
   * dropped: a PDF positions words rather than spacing them, and its gaps carry no meaning.
   */
  private static String spaced(String page) {
    return TRAILING
        .matcher(GAPS.matcher(page.replace("\r\n", "\n")).replaceAll(" "))
        .replaceAll("");
  }

  /**
   * The document's text, a form feed after each page. PDFBox's suppression of overprinted text (a
   * word drawn twice, slightly offset, to look bold) is most of its cost, and most PDFs have none:
   * the first page is read with and without it, and the rest only with it where that page shows it
   * matters, since a document that fakes bold does so throughout.
   */
  private static String text(PDDocument document) throws IOException {
    String plain = stripper(false, 1, 1).getText(document);
    String suppressed = stripper(true, 1, 1).getText(document);
    boolean suppress = !plain.equals(suppressed);
    if (document.getNumberOfPages() <= 1) {
      return suppressed;
    }
    return suppressed + stripper(suppress, 2, document.getNumberOfPages()).getText(document);
  }

  private static PDFTextStripper stripper(boolean suppressOverprint, int from, int to)
      throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setLineSeparator("\n");
    stripper.setSortByPosition(false);
    stripper.setSuppressDuplicateOverlappingText(suppressOverprint);
    // a form feed marks each page end
    stripper.setPageEnd("\f");
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper;
  }

  private static List<String> pages(Path file, String name) {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      String all = text(document);
      List<String> pages = new ArrayList<>();
      for (String page : all.split("\f", -1)) {
        pages.add(spaced(page));
      }
      while (pages.size() > document.getNumberOfPages()) {
        pages.remove(pages.size() - 1); // after the last page end
      }
      while (pages.size() < document.getNumberOfPages()) {
        pages.add(""); // pages without text end without a mark
      }
      return pages;
    } catch (InvalidPasswordException e) {
      throw new InvalidInputException(
          name + ": is encrypted (password-protected); save an unprotected copy and import that",
          e);
    } catch (IOException | RuntimeException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidInputException(
          name + ": is not a readable PDF (damaged or not a PDF): " + SafeZip.firstLine(detail), e);
    }
  }
}
