package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.nlp.SpanInvariants;

class RtfTranscriptReaderIT {
  /** What Word writes, trimmed: tables to skip, Unicode escapes with fallbacks, code-page bytes. */
  private static final String WORD_RTF =
      "{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\deff0"
          + "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fnil\\fcharset136 PMingLiU;}}"
          + "{\\colortbl;\\red0\\green0\\blue0;}"
          + "{\\stylesheet{\\ql \\f0\\fs24 Normal;}}"
          + "{\\*\\generator Microsoft Word 16;}"
          + "{\\info{\\title Interview 7}{\\author J. Smith}}"
          + "{\\header \\pard\\plain Confidential\\par}"
          + "\\pard\\plain \\f0\\fs24 Interview 7 \\endash  ward B\\par\n"
          + "\\pard {\\b Interviewer:} How did it start? Caf\\'e9 talk\\'85\\par\n"
          + "\\pard {\\b Nurse K:} Slowly.\\line We met in the kitchen {\\*\\bkmkstart x}at"
          + " night\\~shifts.\\par\n"
          + "\\pard \\u35370?\\u35527?\\u32773?\\uc2\\u65306\\'a1\\'47 \\u20320\\'a7\\'41\\u22909\\'a6\\'6e\\par\n"
          + "\\pard Interviewer: Thank you.{\\footnote \\pard footnote text}\\par\n"
          + "}";

  @TempDir Path dir;
  private final RtfTranscriptReader reader = new RtfTranscriptReader();

  private DocumentContent read(Path file) {
    DocumentContent content = reader.read(file, ImportOptions.defaults());
    SpanInvariants.assertSane(content);
    return content;
  }

  private Path write(String name, String rtf) throws IOException {
    return Files.write(dir.resolve(name), rtf.getBytes(Charset.forName("windows-1252")));
  }

  @Test
  void readsWordStyleRtfWithUnicodeEscapesAndCodePageBytes() throws IOException {
    DocumentContent content = read(write("interview-7.rtf", WORD_RTF));
    assertThat(content.format()).isEqualTo(SourceFormat.RTF);
    assertThat(content.text())
        .isEqualTo(
            "Interview 7 – ward B\n"
                + "Interviewer: How did it start? Café talk…\n"
                + "Nurse K: Slowly.\nWe met in the kitchen at night\u00A0shifts.\n"
                + "訪談者： 你好\n"
                + "Interviewer: Thank you.\n");
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-"))
        .containsExactly("-", "Interviewer", "Nurse K", "訪談者", "Interviewer");
    assertThat(content.text()).doesNotContain("Times New Roman", "Confidential", "footnote");
  }

  @Test
  void readsMultiByteCodePageText() throws IOException {
    // Big5 bytes for 你好 in a \ansicpg950 document, as older Chinese Word versions write it
    String rtf = "{\\rtf1\\ansi\\ansicpg950 P3\\'a1\\'47\\'a7\\'41\\'a6\\'6e\\par}";
    Path file = Files.write(dir.resolve("big5.rtf"), rtf.getBytes(Charset.forName("Big5")));
    assertThat(read(file).text()).isEqualTo("P3：你好\n");
  }

  @Test
  void refusesATruncatedRtfWithOneLine() throws IOException {
    String cut = WORD_RTF.substring(0, WORD_RTF.length() / 2);
    Path file = write("cut.rtf", cut);
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageMatching(
            "cut\\.rtf: is a damaged RTF document \\(it ends inside \\d+ open groups?\\)");
  }

  @Test
  void refusesAFileThatIsNotRtf() throws IOException {
    Path file = write("notes.rtf", "Interviewer: hello\n");
    assertThatThrownBy(() -> read(file))
        .hasMessage("notes.rtf: is not an RTF document (no {\\rtf header)");
    Path binary = Files.write(dir.resolve("pic.rtf"), Arrays.copyOf(new byte[] {(byte) 0x89}, 64));
    assertThatThrownBy(() -> read(binary))
        .hasMessageStartingWith("pic.rtf: is not an RTF document");
  }
}
