package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;

class TranscriptReadersTest {
  @Test
  void choosesTheReaderByExtensionIgnoringCase() {
    assertThat(TranscriptReaders.forFile(Path.of("a.TXT")))
        .isInstanceOf(TextTranscriptReader.class);
    assertThat(TranscriptReaders.forFile(Path.of("a.md"))).isInstanceOf(TextTranscriptReader.class);
    assertThat(TranscriptReaders.forFile(Path.of("a.docx")))
        .isInstanceOf(DocxTranscriptReader.class);
    assertThat(TranscriptReaders.forFile(Path.of("a.vtt")))
        .isInstanceOf(WebVttTranscriptReader.class);
    assertThat(TranscriptReaders.forFile(Path.of("dir/a.b.srt")))
        .isInstanceOf(SrtTranscriptReader.class);
    assertThat(TranscriptReaders.forFile(Path.of("a.ODT"))).isInstanceOf(OdtTranscriptReader.class);
    assertThat(TranscriptReaders.forFile(Path.of("a.pdf"))).isInstanceOf(PdfTranscriptReader.class);
    assertThat(TranscriptReaders.forFile(Path.of("a.rtf"))).isInstanceOf(RtfTranscriptReader.class);
  }

  @Test
  void refusesAnUnknownExtensionListingTheSupportedOnes() {
    assertThatThrownBy(() -> TranscriptReaders.forFile(Path.of("notes.pages")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "notes.pages: cannot import .pages files; supported: .txt, .text, .md, .docx, .odt,"
                + " .pdf, .rtf, .vtt, .srt");
    assertThatThrownBy(() -> TranscriptReaders.forFile(Path.of("README")))
        .hasMessageContaining("README: cannot import a file without extension");
  }
}
