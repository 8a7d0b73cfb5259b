package org.verbatim.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.search.SearchHit;
import org.verbatim.core.search.SearchQuery;

/** A project folder on disk: import, kept sources, derived index rebuilt when damaged. */
class ProjectIT {
  static TranscriptImport reader;

  @TempDir Path tmp;

  @BeforeAll
  static void buildPipelineOnce() {
    reader = TranscriptImport.withStandardSplitter();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  @Test
  void importKeepsTheOriginalFileAndMakesTheDocumentSearchable() throws IOException {
    Path file = write("P01.txt", "Interviewer: Why?\nNurse K: Peer support gave us hope.\n");
    try (Project p = Project.create(tmp.resolve("proj"))) {
      new DocumentImporter(p, reader).importFile(file, ImportOptions.defaults(), "t");
      assertThat(list(p.sources())).hasSize(1);
      assertThat(Files.readAllBytes(list(p.sources()).get(0))).isEqualTo(Files.readAllBytes(file));
      List<SearchHit> hits = p.index().search(SearchQuery.of("hope")).hits();
      assertThat(hits).singleElement().satisfies(h -> assertThat(h.speaker()).contains("Nurse K"));
    }
  }

  @Test
  void aBatchReportsRefusedFilesAndKeepsTheRestInOrder() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(write("A.txt", "Interviewer: One?\nNurse K: First answer.\n"));
    files.add(write("B.txt", ""));
    files.add(write("C.txt", "Interviewer: Two?\nNurse K: Second answer.\n"));
    files.add(write("D.txt", "Interviewer: One?\nNurse K: First answer.\n"));
    try (Project p = Project.create(tmp.resolve("proj"))) {
      List<ImportOutcome> outcomes =
          new DocumentImporter(p, reader)
              .importFiles(files, ImportOptions.defaults(), "t", 2, o -> {});
      assertThat(outcomes)
          .extracting(o -> o.error().isPresent())
          .containsExactly(false, true, false, true);
      assertThat(outcomes.get(1).error().orElseThrow()).contains("B.txt", "empty");
      assertThat(outcomes.get(3).error().orElseThrow()).contains("D.txt", "'A'");
      assertThat(p.store().documents().list()).extracting(d -> d.name()).containsExactly("A", "C");
      assertThat(list(p.sources())).hasSize(2);
      assertThat(p.index().search(SearchQuery.of("answer")).totalHits()).isEqualTo(2);
    }
  }

  @Test
  void aDamagedIndexIsRebuiltFromTheStoreOnOpen() throws IOException {
    Path folder = tmp.resolve("proj");
    Path file = write("P01.txt", "Interviewer: Why?\nNurse K: Peer support gave us hope.\n");
    try (Project p = Project.create(folder)) {
      new DocumentImporter(p, reader).importFile(file, ImportOptions.defaults(), "t");
    }
    for (Path f : list(folder.resolve(Project.INDEX))) {
      if (f.getFileName().toString().startsWith("segments")) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }
    try (Project p = Project.open(folder)) {
      List<SearchHit> hits = p.index().search(SearchQuery.of("hope")).hits();
      assertThat(hits).hasSize(1);
      Document d = p.store().documents().byName("P01").orElseThrow();
      assertThat(d.text().substring(hits.get(0).start(), hits.get(0).end())).isEqualTo("hope");
    }
  }

  @Test
  void aMissingIndexFolderIsRebuiltToo() throws IOException {
    Path folder = tmp.resolve("proj");
    try (Project p = Project.create(folder)) {
      new DocumentImporter(p, reader)
          .importFile(
              write("P01.txt", "Nurse K: Stigma is everywhere.\n"), ImportOptions.defaults(), "t");
    }
    Folders.deleteRecursively(folder.resolve(Project.INDEX));
    try (Project p = Project.open(folder)) {
      assertThat(p.index().search(SearchQuery.of("stigma")).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void refusesToCreateAProjectTwiceOrOpenAFolderThatIsNotOne() throws IOException {
    Path folder = tmp.resolve("proj");
    Project.create(folder).close();
    assertThatThrownBy(() -> Project.create(folder))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("already");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> Project.open(empty))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a Verbatim project");
    assertThat(list(empty)).isEmpty();
  }
}
