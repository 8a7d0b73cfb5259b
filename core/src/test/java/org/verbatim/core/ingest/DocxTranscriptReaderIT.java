package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.nlp.SpanInvariants;

class DocxTranscriptReaderIT {
  @TempDir Path dir;
  private final DocxTranscriptReader reader = new DocxTranscriptReader();

  private DocumentContent read(Path file) {
    DocumentContent content = reader.read(file, ImportOptions.defaults());
    SpanInvariants.assertSane(content);
    return content;
  }

  /** A transcript with a speaker table between paragraphs, as some transcribers deliver it. */
  private static byte[] transcriptDocx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Interview 3, ward B");
      doc.createParagraph().createRun().setText("Interviewer: How did it start?");
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("Nurse K:");
      XWPFTableCell answer = table.getRow(0).getCell(1);
      answer.setText("It started in 2014.");
      answer.addParagraph().createRun().setText("Nobody asked us.");
      table.getRow(1).getCell(0).setText("Interviewer:");
      table.getRow(1).getCell(1).setText("And then?");
      doc.createParagraph();
      doc.createParagraph().createRun().setText("Nurse K: Then came the nights.");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void readsParagraphsAndTableRowsInBodyOrder() throws IOException {
    DocumentContent content = read(write("interview-3.docx", transcriptDocx()));
    assertThat(content.text())
        .isEqualTo(
            "Interview 3, ward B\n"
                + "Interviewer: How did it start?\n"
                + "Nurse K:\tIt started in 2014. Nobody asked us.\n"
                + "Interviewer:\tAnd then?\n"
                + "\n"
                + "Nurse K: Then came the nights.");
    assertThat(content.name()).isEqualTo("interview-3");
    assertThat(content.format()).isEqualTo(SourceFormat.DOCX);
    assertThat(content.language()).isEqualTo(Language.ENGLISH);
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-"))
        .containsExactly("-", "Interviewer", "Nurse K", "Interviewer", "Nurse K");
    assertThat(content.turns())
        .extracting(t -> t.span().of(content.text()))
        .containsExactly(
            "Interview 3, ward B",
            "How did it start?",
            "It started in 2014. Nobody asked us.",
            "And then?",
            "Then came the nights.");
  }

  @Test
  void refusesADocxThatExpandsLikeAZipBomb() throws IOException {
    byte[] docx = transcriptDocx();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(zip);
        if (e.getName().equals("word/document.xml")) {
          // Trailing whitespace is legal XML and compresses about a thousand-fold.
          byte[] spaces = new byte[1 << 20];
          Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 8; i++) {
            zip.write(spaces);
          }
        }
        zip.closeEntry();
      }
    }
    Path file = write("bomb.docx", out.toByteArray());
    assertThat(Files.size(file)).isLessThan(100_000);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bomb.docx: looks like a zip bomb (an entry expands more than 100-fold)");
  }

  @Test
  void refusesADocxWithTooManyEntries() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (int i = 0; i < DocxTranscriptReader.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
        zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    Path file = write("many.docx", out.toByteArray());
    assertThatThrownBy(() -> read(file))
        .hasMessage("many.docx: looks like a zip bomb (more than 1000 zip entries)");
  }

  @Test
  void refusesATruncatedDocx() throws IOException {
    byte[] docx = transcriptDocx();
    Path file = write("cut.docx", Arrays.copyOf(docx, docx.length / 2));
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("cut.docx: is not a readable DOCX (truncated or corrupt zip)");
  }

  @Test
  void refusesAFileThatIsNotAZipAtAll() throws IOException {
    Path file = write("text.docx", "Interviewer: hello".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> read(file))
        .hasMessageStartingWith("text.docx: is not a readable DOCX (truncated or corrupt zip)");
  }

  @Test
  void refusesAZipWithoutWordDocument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("hi".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path file = write("plain-zip.docx", out.toByteArray());
    assertThatThrownBy(() -> read(file))
        .hasMessageStartingWith("plain-zip.docx: is not a readable");
  }

  @Test
  void refusesAnExcelWorkbookNamedDocx() throws IOException {
    Path file = dir.resolve("sheet.docx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("Interviewer: hi");
      workbook.write(out);
    }
    assertThatThrownBy(() -> read(file)).hasMessageStartingWith("sheet.docx: is not a readable");
  }

  @Test
  void refusesAnOldWordDocument() throws IOException {
    byte[] ole2 = new byte[1024];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Path file = write("old.docx", ole2);
    assertThatThrownBy(() -> read(file))
        .hasMessage("old.docx: is an old Word 97-2003 (.doc) file; save it as .docx");
  }

  @Test
  void refusesADocumentWithoutText() throws IOException {
    Path file = dir.resolve("blank.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph();
      doc.createParagraph().createRun().setText("   ");
      doc.write(out);
    }
    assertThatThrownBy(() -> read(file))
        .hasMessage("blank.docx: is empty (the document has no text)");
  }

  private Path docx(String name, java.util.function.Consumer<XWPFDocument> body)
      throws IOException {
    Path file = dir.resolve(name);
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      body.accept(doc);
      doc.write(out);
    }
    return file;
  }

  private static void boldTurn(XWPFDocument doc, String name, String speech) {
    var paragraph = doc.createParagraph();
    var run = paragraph.createRun();
    run.setBold(true);
    run.setText(name);
    paragraph.createRun().setText(" " + speech);
  }

  @Test
  void readsBoldNamesAtParagraphStartsAsSpeakers() throws IOException {
    Path file =
        docx(
            "bold.docx",
            doc -> {
              var title = doc.createParagraph().createRun();
              title.setBold(true);
              title.setText("Interview 5");
              boldTurn(doc, "Dan", "So tell me about the plots.");
              boldTurn(doc, "Participant", "We use them daily.");
              boldTurn(doc, "Dan", "Why?");
            });
    DocumentContent content = read(file);
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-"))
        .containsExactly("-", "Dan", "Participant", "Dan");
    assertThat(content.turns())
        .extracting(t -> t.span().of(content.text()))
        .containsExactly(
            "Interview 5", "So tell me about the plots.", "We use them daily.", "Why?");
  }

  @Test
  void takesASingleBoldWordForEmphasisNotASpeaker() throws IOException {
    Path file =
        docx(
            "emphasis.docx",
            doc -> {
              boldTurn(doc, "Never", "had we seen such a winter.");
              doc.createParagraph().createRun().setText("It snowed for weeks.");
            });
    DocumentContent content = read(file);
    assertThat(content.turns()).isEmpty();
    assertThat(content.text()).isEqualTo("Never had we seen such a winter.\nIt snowed for weeks.");
  }

  @Test
  void readsATeamsTranscriptWithATimeLineAndASpeakerLinePerTurn() throws IOException {
    Path file =
        docx(
            "teams.docx",
            doc -> {
              for (String line :
                  List.of(
                      "0:0:0.0 --> 0:0:4.120",
                      "Jane Doe",
                      "Welcome to the focus group.",
                      "0:0:4.120 --> 0:0:9.800",
                      "John Smith",
                      "Thanks, glad to be here.",
                      "0:0:9.800 --> 0:0:12.0",
                      "Jane Doe",
                      "Let us start.")) {
                doc.createParagraph().createRun().setText(line);
              }
            });
    DocumentContent content = read(file);
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-"))
        .containsExactly("Jane Doe", "John Smith", "Jane Doe");
    assertThat(content.turns())
        .extracting(t -> t.startMillis().orElseThrow())
        .containsExactly(0L, 4_120L, 9_800L);
    assertThat(content.turns().get(1).span().of(content.text()))
        .isEqualTo("Thanks, glad to be here.");
    assertThat(content.text()).doesNotContain("-->");
  }

  @Test
  void readsATeamsTranscriptWithTheTimeAfterTheName() throws IOException {
    Path file =
        docx(
            "teams-new.docx",
            doc -> {
              for (String line :
                  List.of(
                      "Jane Doe   0:03",
                      "Welcome to the focus group.",
                      "John Smith   0:10",
                      "Thanks, glad to be here.")) {
                doc.createParagraph().createRun().setText(line);
              }
            });
    DocumentContent content = read(file);
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-") + "@" + t.startMillis().orElseThrow())
        .containsExactly("Jane Doe@3000", "John Smith@10000");
  }

  private static void row(XWPFTable table, int index, String... cells) {
    var row = index == 0 ? table.getRow(0) : table.createRow();
    for (int i = 0; i < cells.length; i++) {
      var cell = row.getCell(i) != null ? row.getCell(i) : row.addNewTableCell();
      cell.setText(cells[i]);
    }
  }

  @Test
  void readsATranscriptionServiceTableWithATimeANameAndASpeechCellPerRow() throws IOException {
    Path file =
        docx(
            "service.docx",
            doc -> {
              doc.createParagraph().createRun().setText("Transcript of interview 7");
              XWPFTable table = doc.createTable(1, 3);
              row(table, 0, "Time", "Speaker", "Text");
              row(table, 1, "00:00:05", "Dan", "So tell me about the plots.");
              row(table, 2, "00:00:12", "Mira Holt", "We use them daily, at 9:30.");
              row(table, 3, "00:01:02", "Dan", "Why?");
            });
    DocumentContent content = read(file);
    assertThat(content.turns())
        .extracting(
            t -> t.speaker().orElse("-") + "@" + t.startMillis().map(String::valueOf).orElse(""))
        .containsExactly("-@", "Dan@5000", "Mira Holt@12000", "Dan@62000");
    assertThat(content.turns())
        .extracting(t -> t.span().of(content.text()))
        .containsExactly(
            "Transcript of interview 7\nTime\tSpeaker\tText",
            "So tell me about the plots.",
            "We use them daily, at 9:30.",
            "Why?");
  }

  @Test
  void readsATableWithANameCellAndASpeechCellPerRow() throws IOException {
    Path file =
        docx(
            "two-columns.docx",
            doc -> {
              XWPFTable table = doc.createTable(1, 2);
              row(table, 0, "Interviewer", "How did it start?");
              row(table, 1, "Nurse K", "It started in 2014.");
              row(table, 2, "Interviewer", "And then?");
            });
    DocumentContent content = read(file);
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-") + "|" + t.span().of(content.text()))
        .containsExactly(
            "Interviewer|How did it start?",
            "Nurse K|It started in 2014.",
            "Interviewer|And then?");
  }

  @Test
  void readsBoldNamesAtTheStartOfATableCellAsSpeakers() throws IOException {
    Path file =
        docx(
            "bold-rows.docx",
            doc -> {
              XWPFTable table = doc.createTable(3, 1);
              String[][] turns = {
                {"Dan", "So tell me about the plots."},
                {"Participant", "We use them daily."},
                {"Dan", "Why?"}
              };
              for (int i = 0; i < turns.length; i++) {
                var paragraph = table.getRow(i).getCell(0).getParagraphs().get(0);
                var name = paragraph.createRun();
                name.setBold(true);
                name.setText(turns[i][0]);
                paragraph.createRun().setText(" " + turns[i][1]);
              }
            });
    DocumentContent content = read(file);
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-") + "|" + t.span().of(content.text()))
        .containsExactly(
            "Dan|So tell me about the plots.", "Participant|We use them daily.", "Dan|Why?");
  }

  @Test
  void keepsATableOfParticipantDetailsAsTextNotTurns() throws IOException {
    Path file =
        docx(
            "details.docx",
            doc -> {
              XWPFTable table = doc.createTable(1, 2);
              row(table, 0, "Participant", "P7");
              row(table, 1, "Role", "Nurse, 12 years on the ward.");
              row(table, 2, "Setting", "Ward B, a regional hospital.");
              doc.createParagraph().createRun().setText("We talked for an hour.");
              doc.createParagraph().createRun().setText("Then we walked the ward.");
            });
    DocumentContent content = read(file);
    assertThat(content.text()).startsWith("Participant\tP7\nRole\tNurse, 12 years on the ward.");
  }
}
