package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.project.Project;

/**
 * Every kind of bad input is refused through the real command line with one line naming the file
 * and position, exit code 1, and the project exactly as it was before.
 */
class BadInputIT {
  @TempDir Path tmp;
  Path project;

  @BeforeEach
  void createProjectWithOneDocument() throws IOException {
    project = tmp.resolve("proj");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
    Path good =
        write(
            "P01.txt",
            "Interviewer: How did peer support start?\nNurse K: Slowly. We were wary at first.\n");
    assertThat(CliRun.of("import", project.toString(), good.toString()).exitCode()).isZero();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path writeBytes(String name, byte[] bytes) throws IOException {
    return Files.write(tmp.resolve(name), bytes);
  }

  /**
   * What a researcher could see of the project: documents, participants, audit trail, kept files.
   */
  private String snapshot() throws IOException {
    try (Project p = Project.open(project);
        Stream<Path> sources = Files.list(p.sources())) {
      return p.store().documents().list()
          + "|"
          + p.store().participants().list()
          + "|"
          + p.store().audit().list(0, 1000).size()
          + "|"
          + sources.map(Path::getFileName).sorted().toList();
    }
  }

  private void assertRefused(CliRun run, String... mustMention) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    for (String s : mustMention) {
      assertThat(run.err()).contains(s);
    }
  }

  private void assertImportRefused(Path file, String... mustMention) throws IOException {
    String before = snapshot();
    CliRun run = CliRun.of("import", project.toString(), file.toString());
    assertRefused(run, mustMention);
    assertThat(run.err()).contains(file.getFileName().toString());
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    assertImportRefused(write("empty.txt", " \n\n"), "empty");
  }

  @Test
  void refusesABinaryFile() throws IOException {
    byte[] bytes = new byte[2048];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    assertImportRefused(writeBytes("photo.txt", bytes), "binary");
  }

  @Test
  void refusesInvalidUtf8NamingTheLine() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(
        "Interviewer: first line\nNurse K: second line\nNurse K: caf"
            .getBytes(StandardCharsets.UTF_8));
    b.write(0xC3); // a lead byte without its continuation
    b.writeBytes(" ok\n".getBytes(StandardCharsets.UTF_8));
    assertImportRefused(writeBytes("latin1.txt", b.toByteArray()), "UTF-8", "line 3");
  }

  @Test
  void refusesATruncatedDocx() throws IOException {
    byte[] docx = docx("Interviewer: Hello there.");
    byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
    assertImportRefused(writeBytes("cut.docx", truncated));
  }

  @Test
  void refusesACorruptDocx() throws IOException {
    assertImportRefused(
        writeBytes(
            "notzip.docx", "PK this is not really a zip".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void refusesADocxZipBomb() throws IOException {
    Path bomb = tmp.resolve("bomb.docx");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) { // 200 MiB of spaces compress to a few hundred KiB
        java.util.Arrays.fill(zeros, (byte) ' ');
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertImportRefused(bomb);
  }

  private byte[] odt(String body) throws IOException {
    return odt("", body);
  }

  private byte[] odt(String prolog, String body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(
          (prolog
                  + "<office:document-content"
                  + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                  + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                  + "<office:body><office:text>"
                  + body
                  + "</office:text></office:body></office:document-content>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void refusesATruncatedOdt() throws IOException {
    byte[] odt = odt("<text:p>Interviewer: Hello there.</text:p>");
    assertImportRefused(
        writeBytes("cut.odt", java.util.Arrays.copyOf(odt, odt.length / 2)), "not a readable ODT");
  }

  @Test
  void refusesAnOdtZipBomb() throws IOException {
    String spaces = " ".repeat(20 << 20);
    assertImportRefused(
        writeBytes("bomb.odt", odt("<text:p>Interviewer: hi</text:p>" + spaces)), "zip bomb");
  }

  @Test
  void refusesAnOdtWithAnExternalEntity() throws IOException {
    byte[] odt =
        odt(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM"
                + " \"file:///etc/passwd\">]>",
            "<text:p>Interviewer: &secret;</text:p>");
    CliRun run = CliRun.of("import", project.toString(), writeBytes("entity.odt", odt).toString());
    assertRefused(run, "entity.odt", "not a readable ODT");
    assertThat(run.err()).doesNotContain("root:");
  }

  @Test
  void refusesACorruptPdf() throws IOException {
    assertImportRefused(
        writeBytes("broken.pdf", "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII)),
        "not a readable PDF");
  }

  @Test
  void refusesAnEncryptedPdf() throws IOException {
    Path file = tmp.resolve("locked.pdf");
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      var policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner", "user", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    assertImportRefused(file, "encrypted");
  }

  @Test
  void refusesATruncatedRtf() throws IOException {
    assertImportRefused(
        write("cut.rtf", "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\pard Interviewer: Hello"),
        "damaged RTF");
  }

  @Test
  void refusesVttWithBrokenTimingsNamingTheCue() throws IOException {
    Path vtt =
        write(
            "meeting.vtt",
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Interviewer>Hello.\n\n2\n00:00:09.000 --> 00:00:05.000\n<v Nurse K>Hi.\n");
    assertImportRefused(
        vtt, "cue 2", "line 8"); // line 8 holds the timing "00:00:09.000 --> 00:00:05.000"
  }

  @Test
  void refusesTheSameContentTwiceNamingTheEarlierDocument() throws IOException {
    Path copy =
        write(
            "copy.txt",
            "Interviewer: How did peer support start?\nNurse K: Slowly. We were wary at first.\n");
    assertImportRefused(copy, "P01");
  }

  @Test
  void refusesAParticipantsTableWithAMissingColumn() throws IOException {
    Path csv = write("participants.csv", "document,discipline\nP01,Nursing\n");
    String before = snapshot();
    assertRefused(
        CliRun.of("participants", project.toString(), csv.toString()), "participants.csv", "label");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void refusesAParticipantsTableWithACellOutsideAnyColumn() throws IOException {
    Path csv = write("participants.csv", "document,label,discipline\nP01,Nurse K,Nursing,extra\n");
    String before = snapshot();
    assertRefused(
        CliRun.of("participants", project.toString(), csv.toString()),
        "participants.csv",
        "line 2");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void refusesAParticipantsTableNamingADocumentThatDoesNotExist() throws IOException {
    Path csv = write("participants.csv", "document,label\nP01,Nurse K\nP77,Nurse Z\n");
    String before = snapshot();
    assertRefused(
        CliRun.of("participants", project.toString(), csv.toString()),
        "participants.csv line 3",
        "P77");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void refusesAFolderThatIsNotAProject() throws IOException {
    Path notProject = Files.createDirectories(tmp.resolve("holiday-photos"));
    CliRun run = CliRun.of("documents", notProject.toString());
    assertRefused(run, "holiday-photos", "not a Verbatim project");
    try (Stream<Path> left = Files.list(notProject)) {
      assertThat(left).as("nothing created in the folder").isEmpty();
    }
  }

  @Test
  void aUsageErrorExitsWithTwo() {
    assertThat(CliRun.of("search").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
  }

  private static byte[] docx(String paragraph) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line :
          List.of(paragraph, "Nurse K: It went well, mostly.", "Interviewer: Tell me more.")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }
}
