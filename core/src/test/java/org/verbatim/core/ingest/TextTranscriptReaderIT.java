package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.nlp.SpanInvariants;

class TextTranscriptReaderIT {
  private static final String TRANSCRIPT = "Interviewer: Café?\r\nP03: Yes — “please”.\r\n";
  private static final String NORMALISED = "Interviewer: Café?\nP03: Yes — “please”.\n";

  @TempDir Path dir;
  private final TextTranscriptReader reader = new TextTranscriptReader();

  private DocumentContent read(Path file) {
    DocumentContent content = reader.read(file, ImportOptions.defaults());
    SpanInvariants.assertSane(content);
    return content;
  }

  private Path write(String name, byte[]... parts) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part);
    }
    return Files.write(dir.resolve(name), out.toByteArray());
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void readsTheSampleInterviewIntoTurns() {
    DocumentContent content = read(Resources.ingest("interview-en.txt"));
    assertThat(content.name()).isEqualTo("interview-en");
    assertThat(content.format()).isEqualTo(SourceFormat.TXT);
    assertThat(content.language()).isEqualTo(Language.ENGLISH);
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-"))
        .containsExactly("-", "Interviewer", "Nurse K", "Interviewer", "Nurse K");
    assertThat(content.turns().get(0).span().of(content.text()))
        .isEqualTo("Interview 7 — ward nurses, March 2024\nNote: names are pseudonyms.");
    assertThat(content.turns().get(2).span().of(content.text()))
        .isEqualTo(
            "About ten years. Mostly nights, to be honest.\nI started in 2014. Dr. Chen hired me.");
  }

  @Test
  void readsUtf8WithAndWithoutByteOrderMarkAndNormalises() throws IOException {
    byte[] utf8 = TRANSCRIPT.replace("é", "e\u0301").getBytes(StandardCharsets.UTF_8);
    DocumentContent plain = read(write("plain.txt", utf8));
    DocumentContent marked = read(write("marked.txt", bytes(0xEF, 0xBB, 0xBF), utf8));
    assertThat(plain.text()).isEqualTo(NORMALISED);
    assertThat(marked.text()).isEqualTo(NORMALISED);
    assertThat(marked.turns()).hasSize(2);
  }

  @Test
  void readsUtf16LittleAndBigEndianWithByteOrderMark() throws IOException {
    DocumentContent le =
        read(write("le.txt", bytes(0xFF, 0xFE), TRANSCRIPT.getBytes(StandardCharsets.UTF_16LE)));
    DocumentContent be =
        read(write("be.txt", bytes(0xFE, 0xFF), TRANSCRIPT.getBytes(StandardCharsets.UTF_16BE)));
    assertThat(le.text()).isEqualTo(NORMALISED);
    assertThat(be.text()).isEqualTo(NORMALISED);
  }

  @Test
  void usesTheNameAndLanguageGiven() {
    DocumentContent content =
        reader.read(
            Resources.ingest("interview-en.txt"),
            ImportOptions.defaults().withName("P07").withLanguage(Language.CHINESE));
    assertThat(content.name()).isEqualTo("P07");
    assertThat(content.language()).isEqualTo(Language.CHINESE);
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path file = write("empty.txt", new byte[0]);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("empty.txt: is empty");
  }

  @Test
  void refusesAWhitespaceOnlyFile() throws IOException {
    Path file =
        write("blank.txt", bytes(0xEF, 0xBB, 0xBF), " \r\n\t\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> read(file)).hasMessage("blank.txt: is empty (only whitespace)");
  }

  @Test
  void refusesInvalidUtf8NamingByteOffsetAndLine() throws IOException {
    byte[] latin1 = "Line one\nLine two\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = write("latin1.txt", latin1);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("latin1.txt: invalid UTF-8 at byte 21 (line 3); save the file as UTF-8");
  }

  @Test
  void refusesTruncatedUtf16() throws IOException {
    Path file =
        write(
            "odd.txt", bytes(0xFF, 0xFE), "Hi\n".getBytes(StandardCharsets.UTF_16LE), bytes(0x41));
    assertThatThrownBy(() -> read(file))
        .hasMessage("odd.txt: invalid UTF-16LE at byte 8 (line 2); save the file as UTF-8");
  }

  @Test
  void refusesAFileWithNulBytesAsBinary() throws IOException {
    Path file =
        write("image.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D));
    assertThatThrownBy(() -> read(file))
        .hasMessage("image.txt: appears to be binary (NUL byte at offset 8)");
  }

  @Test
  void refusesAFileFullOfControlCharactersAsBinary() throws IOException {
    byte[] junk = new byte[200];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    Path file = write("junk.txt", junk);
    assertThatThrownBy(() -> read(file))
        .hasMessageStartingWith("junk.txt: appears to be binary (67 control characters");
  }

  @Test
  void refusesAMissingFileAndADirectory() {
    assertThatThrownBy(() -> read(dir.resolve("missing.txt")))
        .hasMessage("missing.txt: no such file");
    Path sub = dir.resolve("folder.txt");
    assertThatThrownBy(() -> read(Files.createDirectory(sub)))
        .hasMessage("folder.txt: is a directory, not a file");
  }
}
