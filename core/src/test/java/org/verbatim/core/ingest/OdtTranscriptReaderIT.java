package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.nlp.SpanInvariants;

class OdtTranscriptReaderIT {
  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<office:document-content"
          + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
          + "<office:body><office:text>";
  private static final String TAIL = "</office:text></office:body></office:document-content>";

  @TempDir Path dir;
  private final OdtTranscriptReader reader = new OdtTranscriptReader();

  private DocumentContent read(Path file) {
    DocumentContent content = reader.read(file, ImportOptions.defaults());
    SpanInvariants.assertSane(content);
    return content;
  }

  /** An ODT as LibreOffice writes it: mimetype first and stored, then content.xml. */
  private static byte[] odt(String contentXml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String transcript() {
    return HEAD
        + "<text:h>Session 4<text:tab/>(think-aloud)</text:h>"
        + "<text:p>MODERATOR: Could you<text:s text:c=\"2\"/>start with task 1?</text:p>"
        + "<text:p>Okay, <text:span>yeah</text:span> that's cool.<text:line-break/>I think so."
        + "<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note>"
        + "</text:p>"
        + "<table:table><table:table-row>"
        + "<table:table-cell><text:p>MODERATOR:</text:p></table:table-cell>"
        + "<table:table-cell><text:p>Anything</text:p><text:p>else?</text:p></table:table-cell>"
        + "</table:table-row></table:table>"
        + "<text:list><text:list-item><text:p>No, that is all.</text:p></text:list-item></text:list>"
        + TAIL;
  }

  @Test
  void readsParagraphsLineBreaksAndTableRowsInReadingOrder() throws IOException {
    DocumentContent content = read(write("P4.odt", odt(transcript())));
    assertThat(content.format()).isEqualTo(SourceFormat.ODT);
    assertThat(content.name()).isEqualTo("P4");
    assertThat(content.text())
        .isEqualTo(
            "Session 4\t(think-aloud)\n"
                + "MODERATOR: Could you  start with task 1?\n"
                + "Okay, yeah that's cool.\nI think so.\n"
                + "MODERATOR:\tAnything else?\n"
                + "No, that is all.");
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-") + "|" + t.span().of(content.text()))
        .containsExactly(
            "-|Session 4\t(think-aloud)",
            "MODERATOR|Could you  start with task 1?",
            "-|Okay, yeah that's cool.\nI think so.",
            "MODERATOR|Anything else?",
            "-|No, that is all.");
  }

  @Test
  void refusesAnOdtThatExpandsLikeAZipBomb() throws IOException {
    StringBuilder xml = new StringBuilder(HEAD).append("<text:p>Interviewer: hi</text:p>");
    xml.append(" ".repeat(8 << 20)).append(TAIL);
    Path file = write("bomb.odt", odt(xml.toString()));
    assertThat(Files.size(file)).isLessThan(100_000);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bomb.odt: looks like a zip bomb (an entry expands more than 100-fold)");
  }

  @Test
  void refusesAnOdtWithTooManyEntries() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write((HEAD + "<text:p>x</text:p>" + TAIL).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (int i = 0; i < SafeZip.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
        zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    Path file = write("many.odt", out.toByteArray());
    assertThatThrownBy(() -> read(file))
        .hasMessage("many.odt: looks like a zip bomb (more than 1000 zip entries)");
  }

  @Test
  void refusesExternalAndExpandingEntitiesWithoutResolvingThem() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
    String external =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + HEAD.substring(HEAD.indexOf("<office:document-content"))
            + "<text:p>Interviewer: &s;</text:p>"
            + TAIL;
    Path file = write("entity.odt", odt(external));
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("entity.odt: is not a readable ODT")
        .hasMessageNotContaining("TOP-SECRET-VALUE");
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + HEAD.substring(HEAD.indexOf("<office:document-content"))
            + "<text:p>Interviewer: &c;</text:p>"
            + TAIL;
    Path bomb = write("laughs.odt", odt(laughs));
    assertThatThrownBy(() -> read(bomb))
        .hasMessageStartingWith("laughs.odt: is not a readable ODT");
  }

  @Test
  void refusesATruncatedOdt() throws IOException {
    byte[] odt = odt(transcript());
    Path file = write("cut.odt", Arrays.copyOf(odt, odt.length / 2));
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("cut.odt: is not a readable ODT (truncated or corrupt)");
  }

  @Test
  void refusesAZipWithoutContent() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("hi".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path file = write("plain.odt", out.toByteArray());
    assertThatThrownBy(() -> read(file))
        .hasMessage("plain.odt: is not a readable ODT (no content.xml)");
  }

  @Test
  void refusesMalformedXml() throws IOException {
    Path file = write("bad.odt", odt(HEAD + "<text:p>Interviewer: hi</text:q>" + TAIL));
    assertThatThrownBy(() -> read(file))
        .hasMessageStartingWith("bad.odt: is not a readable ODT (truncated or corrupt)");
  }

  @Test
  void refusesADocumentWithoutText() throws IOException {
    Path file = write("blank.odt", odt(HEAD + "<text:p/><text:p>  </text:p>" + TAIL));
    assertThatThrownBy(() -> read(file))
        .hasMessage("blank.odt: is empty (the document has no text)");
  }
}
