package org.verbatim.core.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportKindTest {
  @Test
  void refiFilesAreTheirOwnKindWhateverTheirCase() {
    assertThat(ImportKind.of("Study.QDPX")).isEqualTo(ImportKind.REFI_PROJECT);
    assertThat(ImportKind.of(Path.of("dir", "codes.qdc"))).isEqualTo(ImportKind.REFI_CODEBOOK);
    assertThat(ImportKind.REFI_PROJECT.alone()).isTrue();
  }

  @Test
  void everyOtherExtensionIsATranscriptWhoseReaderJudgesIt() {
    for (String name :
        new String[] {"a.txt", "a.docx", "a.odt", "a.pdf", "a.rtf", "a.vtt", "a.xyz", "noext"}) {
      assertThat(ImportKind.of(name)).as(name).isEqualTo(ImportKind.TRANSCRIPT);
    }
    assertThat(ImportKind.TRANSCRIPT.alone()).isFalse();
  }

  @Test
  void uploadLimitsAreTheReadersLimits() {
    assertThat(ProjectImports.maxBytes("a.txt")).isEqualTo(8L << 20);
    assertThat(ProjectImports.maxBytes("a.docx")).isEqualTo(100L << 20);
    assertThat(ProjectImports.maxTableBytes("p.csv")).isEqualTo(8L << 20);
    assertThat(ProjectImports.maxTableBytes("p.xlsx")).isEqualTo(100L << 20);
  }

  @Test
  void progressFollowsTheStepsAndNeverGoesBack() {
    ImportProgress p = ImportProgress.started().next("read x.qdpx: 4 text sources");
    assertThat(p.percent()).isEqualTo(10);
    p = p.next("prepared 2 of 4 documents");
    assertThat(p.percent()).isEqualTo(40);
    p = p.next("stored 4 documents");
    assertThat(p.percent()).isEqualTo(75);
    p = p.next("something else");
    assertThat(p.percent()).isEqualTo(75);
    assertThat(p.step()).isEqualTo("something else");
    assertThat(p.next("indexing 4 documents").percent()).isEqualTo(90);
  }
}
