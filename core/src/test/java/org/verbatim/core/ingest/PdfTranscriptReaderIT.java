package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.nlp.SpanInvariants;

class PdfTranscriptReaderIT {
  @TempDir Path dir;
  private final PdfTranscriptReader reader = new PdfTranscriptReader();

  private DocumentContent read(Path file) {
    DocumentContent content = reader.read(file, ImportOptions.defaults());
    SpanInvariants.assertSane(content);
    return content;
  }

  /** Writes pages of lines, each page with a running header and a page number at the foot. */
  static void writePdf(Path file, List<List<String>> pages, boolean furniture) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          float y = 740;
          if (furniture) {
            line(out, font, 72, 760, "Study of ward nurses - transcript 7");
          }
          for (String text : pages.get(p)) {
            y -= 16;
            line(out, font, 72, y, text);
          }
          if (furniture) {
            line(out, font, 300, 40, "Page " + (p + 1) + " of " + pages.size());
          }
        }
      }
      doc.save(file.toFile());
    }
  }

  private static void line(PDPageContentStream out, PDType1Font font, float x, float y, String s)
      throws IOException {
    out.beginText();
    out.setFont(font, 11);
    out.newLineAtOffset(x, y);
    out.showText(s);
    out.endText();
  }

  @Test
  void readsTextDrawnTwiceForFakeBoldOnceOnEveryPage() throws IOException {
    Path file = dir.resolve("overprinted.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String[] lines = {"Interviewer: Where did you train?", "Nurse K: In Leeds, then here."};
      for (String text : lines) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          // a fake-bold word processor draws each line twice, a fraction of a point apart
          line(out, font, 72, 700, text);
          line(out, font, 72.3f, 700, text);
        }
      }
      doc.save(file.toFile());
    }
    DocumentContent content = read(file);
    assertThat(content.text())
        .isEqualTo("Interviewer: Where did you train?\nNurse K: In Leeds, then here.");
  }

  @Test
  void readsTurnsWithoutRunningHeadersPageNumbersOrLineEndHyphens() throws IOException {
    Path file = dir.resolve("interview-7.pdf");
    writePdf(
        file,
        List.of(
            List.of(
                "Interviewer: How did the peer support group start?",
                "Nurse K: Slowly. The first meetings were held in the staff kit-",
                "chen, and only three of us came."),
            List.of(
                "Interviewer: And the well-known rota problem?",
                "Nurse K: The well-",
                "known one, yes. Nobody wanted nights.")),
        true);
    DocumentContent content = read(file);
    assertThat(content.format()).isEqualTo(SourceFormat.PDF);
    assertThat(content.text()).doesNotContain("Study of ward nurses").doesNotContain("Page 1");
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-"))
        .containsExactly("Interviewer", "Nurse K", "Interviewer", "Nurse K");
    assertThat(content.turns().get(1).span().of(content.text()))
        .isEqualTo(
            "Slowly. The first meetings were held in the staff kitchen, and only three of us"
                + " came.");
    assertThat(content.turns().get(3).span().of(content.text()))
        .isEqualTo("The well-known one, yes. Nobody wanted nights.");
  }

  @Test
  void readsMarginLineNumbersAsLayoutNotText() throws IOException {
    Path file = dir.resolve("P9.pdf");
    writePdf(
        file,
        List.of(
            java.util.stream.IntStream.rangeClosed(1, 40)
                .mapToObj(
                    i ->
                        i == 1
                            ? "1 Interview"
                            : i == 3
                                ? "3 Participant: Yes, for 20 features"
                                : i == 4
                                    ? "or so."
                                    : i + (i % 2 == 0 ? " Dan: Why?" : " Participant: Because."))
                .toList()),
        false);
    DocumentContent content = read(file);
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-") + "|" + t.span().of(content.text()))
        .startsWith(
            "-|Interview",
            "Dan|Why?",
            "Participant|Yes, for 20 features\nor so.",
            "Participant|Because.",
            "Dan|Why?");
    assertThat(content.turns()).hasSize(39);
    assertThat(content.text()).doesNotContain("40 ").doesNotContain("5 Participant");
  }

  @Test
  void refusesAPdfWithoutTextLayerSayingItNeedsOcr() throws IOException {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.addPage(new PDPage());
      doc.save(file.toFile());
    }
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "scan.pdf: has no text layer (a scanned PDF of 2 pages?); run OCR on it first, then"
                + " import the result");
  }

  @Test
  void refusesAPasswordProtectedPdf() throws IOException {
    Path plain = dir.resolve("plain.pdf");
    writePdf(plain, List.of(List.of("Interviewer: secret", "Nurse K: yes")), false);
    Path file = dir.resolve("locked.pdf");
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "locked.pdf: is encrypted (password-protected); save an unprotected copy and import"
                + " that");
  }

  @Test
  void refusesATruncatedOrFakePdfWithOneLine() throws IOException {
    Path plain = dir.resolve("whole.pdf");
    writePdf(plain, List.of(List.of("Interviewer: hello", "Nurse K: hi")), false);
    byte[] bytes = Files.readAllBytes(plain);
    Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
    Path fake =
        Files.write(dir.resolve("fake.pdf"), "Interviewer: hello".getBytes(StandardCharsets.UTF_8));
    for (Path file : List.of(cut, fake)) {
      assertThatThrownBy(() -> read(file))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith(file.getFileName() + ": is not a readable PDF")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
    assertThat(Optional.of(cut)).isPresent();
  }
}
