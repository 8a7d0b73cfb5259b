package org.verbatim.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.search.SearchHit;
import org.verbatim.core.search.SearchQuery;

/** Participant filters and labels come from the store: attaching needs no re-index. */
class ParticipantSearchIT {
  private static TranscriptImport reader;
  @TempDir Path tmp;

  @BeforeAll
  static void setUp() {
    reader = TranscriptImport.withStandardSplitter();
  }

  private Project projectWithThreeInterviews() throws IOException {
    Project p = Project.create(tmp.resolve("proj"));
    DocumentImporter importer = new DocumentImporter(p, reader);
    for (String name : List.of("P01", "P02", "P03")) {
      Path file =
          Files.writeString(
              tmp.resolve(name + ".txt"),
              "Interviewer: How was peer support for " + name + "?\nRespondent: It helped.\n",
              StandardCharsets.UTF_8);
      importer.importFile(file, ImportOptions.defaults(), "t");
    }
    return p;
  }

  private void attach(Project p, String csv) throws IOException {
    Path file = Files.writeString(tmp.resolve("participants.csv"), csv, StandardCharsets.UTF_8);
    new ParticipantImporter(p).attach(file, "t");
  }

  private static SearchQuery where(Map<String, String> where) {
    return new SearchQuery("support", Optional.empty(), Optional.empty(), where, 100);
  }

  @Test
  void filtersByParticipantAttributesIgnoringCaseWithLabelsFromTheStore() throws IOException {
    try (Project p = projectWithThreeInterviews()) {
      attach(
          p,
          "document,label,Role,age\n"
              + "P01,Nurse K,Nurse,30-39\n"
              + "P02,Social Worker I,Social Worker,40-49\n"
              + "P03,Nurse L,nurse,30-39\n");
      assertThat(p.index().search(where(Map.of("ROLE", "NURSE"))).hits())
          .extracting(h -> h.participant().orElseThrow())
          .containsExactlyInAnyOrder("Nurse K", "Nurse L");
      assertThat(p.index().search(where(Map.of("role", "nurse", "age", "30-39"))).hits())
          .hasSize(2);
      assertThat(p.index().search(where(Map.of("role", "Midwife"))).hits()).isEmpty();
    }
  }

  @Test
  void seesChangedParticipantsAtOnceAndKeepsThemOutOfTheIndex() throws IOException {
    try (Project p = projectWithThreeInterviews()) {
      attach(p, "document,label,role\nP01,Nurse K,Nurse\n");
      assertThat(p.index().search(where(Map.of("role", "nurse"))).hits())
          .extracting(SearchHit::document)
          .containsExactly("P01");
      attach(p, "document,label,role\nP01,Peer Worker M,Peer Worker\nP02,Nurse J,Nurse\n");
      assertThat(p.index().search(where(Map.of("role", "nurse"))).hits())
          .extracting(h -> h.document() + "/" + h.participant().orElseThrow())
          .containsExactly("P02/Nurse J");
      assertThat(p.index().search(SearchQuery.of("support")).hits())
          .extracting(h -> h.participant().orElse("-"))
          .containsExactly("Peer Worker M", "Nurse J", "-");
    }
    try (FSDirectory dir = FSDirectory.open(tmp.resolve("proj").resolve(Project.INDEX));
        DirectoryReader r = DirectoryReader.open(dir)) {
      assertThat(FieldInfos.getMergedFieldInfos(r))
          .extracting(f -> f.name)
          .noneMatch(n -> n.startsWith("attr.") || n.equals("participant"));
    }
  }

  @Test
  void refusesAFilterOnAnAttributeNoParticipantHas() throws IOException {
    try (Project p = projectWithThreeInterviews()) {
      attach(p, "document,label,Role,age\nP01,Nurse K,Nurse,30-39\n");
      assertThatThrownBy(() -> p.index().search(where(Map.of("rol", "Nurse"))))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'rol'")
          .hasMessageContaining("[age, role]");
    }
  }
}
