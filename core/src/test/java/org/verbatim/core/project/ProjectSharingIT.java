package org.verbatim.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.search.SearchQuery;

/**
 * A project read beside another open of it that holds the search index for writing, as the command
 * line does while the server runs. Lucene's native lock refuses a second writer in the same JVM as
 * in another process, so one JVM stands for both.
 */
class ProjectSharingIT {
  static TranscriptImport reader;

  @TempDir Path tmp;

  @BeforeAll
  static void buildPipelineOnce() {
    reader = TranscriptImport.withStandardSplitter();
  }

  private void importText(Project p, String name, String text) throws IOException {
    Path file = Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    new DocumentImporter(p, reader).importFile(file, ImportOptions.defaults(), "t");
  }

  @Test
  void aSecondOpenForWritingIsRefusedWithAHintAboutTheServer() {
    Path folder = tmp.resolve("proj");
    try (Project served = Project.create(folder)) {
      assertThatThrownBy(() -> Project.open(folder))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("open in another process")
          .hasMessageContaining("server");
    }
  }

  @Test
  void searchesBesideAWriterAndSeesItsLaterCommits() throws IOException {
    Path folder = tmp.resolve("proj");
    try (Project served = Project.create(folder)) {
      importText(served, "P01.txt", "Interviewer: Why?\nNurse K: Peer support gave us hope.\n");
      try (Project beside = Project.openSharing(folder)) {
        assertThat(beside.index().search(SearchQuery.of("hope")).totalHits()).isEqualTo(1);
        assertThat(beside.store().documents().list()).hasSize(1);

        importText(served, "P02.txt", "Interviewer: And?\nNurse L: Hope came later.\n");
        assertThat(beside.index().search(SearchQuery.of("hope")).totalHits()).isEqualTo(2);
        assertThat(beside.store().documents().list()).hasSize(2);
      }
      // the writer is untouched by the reader having come and gone
      importText(served, "P03.txt", "Nurse M: No hope at first.\n");
      assertThat(served.index().search(SearchQuery.of("hope")).totalHits()).isEqualTo(3);
    }
  }

  @Test
  void refusesToChangeTheIndexItOnlyReads() throws IOException {
    Path folder = tmp.resolve("proj");
    try (Project served = Project.create(folder)) {
      importText(served, "P01.txt", "Nurse K: Peer support gave us hope.\n");
      try (Project beside = Project.openSharing(folder)) {
        assertThatThrownBy(beside::reindex)
            .isInstanceOf(ConflictException.class)
            .hasMessageContaining("reading only");
        var id = beside.store().documents().byName("P01").orElseThrow().id();
        assertThatThrownBy(() -> beside.indexDocument(id))
            .isInstanceOf(ConflictException.class)
            .hasMessageContaining("cannot be updated");
      }
      assertThat(Files.exists(folder.resolve(Project.STALE_MARKER))).isFalse();
    }
  }

  @Test
  void opensForWritingWhenNoOtherOpenHoldsTheIndexSoADamagedOneIsRebuilt() throws IOException {
    Path folder = tmp.resolve("proj");
    try (Project p = Project.create(folder)) {
      importText(p, "P01.txt", "Nurse K: Peer support gave us hope.\n");
    }
    Folders.deleteRecursively(folder.resolve(Project.INDEX));
    try (Project alone = Project.openSharing(folder)) {
      assertThat(alone.index().search(SearchQuery.of("hope")).totalHits()).isEqualTo(1);
      // it holds the index for writing, so a served open must now wait its turn
      assertThatThrownBy(() -> Project.open(folder)).isInstanceOf(ConflictException.class);
    }
  }
}
