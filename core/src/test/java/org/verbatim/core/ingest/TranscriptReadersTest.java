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
  }

  @Test
  void refusesAnUnknownExtensionListingTheSupportedOnes() {
    assertThatThrownBy(() -> TranscriptReaders.forFile(Path.of("notes.pdf")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "notes.pdf: cannot import .pdf files; supported: .txt, .text, .md, .docx, .vtt, .srt");
    assertThatThrownBy(() -> TranscriptReaders.forFile(Path.of("README")))
        .hasMessageContaining("README: cannot import a file without extension");
  }
}
