package org.verbatim.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.interchange.ExportOptions;
import org.verbatim.core.interchange.ImportReport;
import org.verbatim.core.interchange.ProjectInterchange;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.nlp.LanguageAwareSentenceSplitter;
import org.verbatim.core.nlp.SentenceSplitter;
import org.verbatim.core.project.ImportOutcome;
import org.verbatim.core.project.ParticipantPreview;
import org.verbatim.core.project.Project;

/** The one import entry point on real project folders: transcripts, uploads, tables, REFI-QDA. */
class ProjectImportsIT {
  static SentenceSplitter splitter;
  @TempDir Path dir;

  @BeforeAll
  static void buildSplitter() {
    splitter = LanguageAwareSentenceSplitter.standard();
  }

  Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void importsTranscriptsWithTheirSpeakersAndRefusesABadOneNamingIt() throws Exception {
    try (Project p = Project.create(dir.resolve("p"))) {
      ProjectImports imports = new ProjectImports(p, splitter);
      ImportOutcome ok =
          imports.transcript(
              write("P01.txt", "Interviewer: Hello?\nNurse K: Hi there.\nInterviewer: Go on.\n"),
              ImportOptions.defaults(),
              "t");
      assertThat(ok.error()).isEmpty();
      assertThat(ok.speakers().orElseThrow().describe()).isEqualTo("Interviewer 2, Nurse K 1");
      ImportOutcome bad = imports.transcript(write("P02.txt", ""), ImportOptions.defaults(), "t");
      assertThat(bad.error()).contains("P02.txt: is empty");
      assertThat(p.store().documents().list()).hasSize(1);
      assertThat(
              p.services()
                  .search()
                  .search(org.verbatim.core.search.SearchQuery.of("hello"))
                  .totalHits())
          .isEqualTo(1);
    }
  }

  @Test
  void aStagedUploadKeepsItsNameAndIsRefusedOverTheLimitBeforeReading() throws Exception {
    byte[] text = "Dan: hello\n".getBytes(StandardCharsets.UTF_8);
    try (StagedUpload u =
        StagedUpload.receive(
            "C:\\Users\\x\\P07.txt", new ByteArrayInputStream(text), OptionalLong.empty(), 100)) {
      assertThat(u.file().getFileName().toString()).isEqualTo("P07.txt");
      assertThat(Files.readAllBytes(u.file())).isEqualTo(text);
      assertThat(u.shown(u.file() + ": is empty")).isEqualTo("P07.txt: is empty");
    }
    assertThatThrownBy(
            () ->
                StagedUpload.receive(
                    "big.txt",
                    new ByteArrayInputStream(new byte[0]),
                    OptionalLong.of(9L << 20),
                    8L << 20))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "big.txt: is too large (9 MB; the limit is 8 MB); split it into several documents");
    assertThatThrownBy(
            () ->
                StagedUpload.receive(
                    "big.txt", new ByteArrayInputStream(new byte[300]), OptionalLong.empty(), 100))
        .hasMessageStartingWith("big.txt: is too large");
    assertThatThrownBy(
            () ->
                StagedUpload.receive(
                    "../", new ByteArrayInputStream(text), OptionalLong.empty(), 100))
        .hasMessageContaining("needs a file name");
  }

  @Test
  void previewsAParticipantsTableThenAttachesOnlyTheMatchedRows() throws Exception {
    try (Project p = Project.create(dir.resolve("p"))) {
      ProjectImports imports = new ProjectImports(p, splitter);
      imports.transcript(write("P01.txt", "Dan: one.\n"), ImportOptions.defaults(), "t");
      imports.transcript(write("P02.txt", "Dan: two.\n"), ImportOptions.defaults(), "t");
      Path csv =
          write(
              "participants.csv",
              "document,label,Discipline\nP01,Nurse K,nursing\nP09,Nobody,none\n");
      ParticipantPreview preview = imports.previewParticipants(csv);
      assertThat(preview.matched()).extracting(r -> r.document()).containsExactly("P01");
      assertThat(preview.unmatched())
          .extracting(r -> r.origin())
          .containsExactly("participants.csv line 3");
      assertThat(preview.undescribed()).containsExactly("P02");
      assertThat(preview.newAttributes()).containsExactly("discipline");
      assertThat(p.store().participants().list()).isEmpty();
      assertThatThrownBy(() -> imports.attachParticipants(csv, "t", false))
          .hasMessageContaining("P09");
      assertThat(p.store().participants().list()).isEmpty();
      assertThat(imports.attachParticipants(csv, "t", true)).hasSize(1);
      assertThat(imports.previewParticipants(csv).newAttributes()).isEmpty();
    }
  }

  @Test
  void readsAnXlsxTableWithTheCsvColumnsAndRowNumbersAsLines() throws Exception {
    Path xlsx = dir.resolve("people.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      XSSFSheet sheet = wb.createSheet("Participants");
      String[][] rows = {
        {"document", "label", "Years experience"}, {"P01", "Nurse K", "12"}, {"P02", "", "3"}
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (r > 0 && c == 2) {
            row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
          } else {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      wb.write(out);
    }
    try (Project p = Project.create(dir.resolve("p"))) {
      ProjectImports imports = new ProjectImports(p, splitter);
      assertThatThrownBy(() -> imports.previewParticipants(xlsx))
          .hasMessage("people.xlsx line 3: the 'label' cell is empty");
    }
    Files.writeString(dir.resolve("not.xlsx"), "no zip");
    try (Project p = Project.open(dir.resolve("p"))) {
      assertThatThrownBy(
              () -> new ProjectImports(p, splitter).previewParticipants(dir.resolve("not.xlsx")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("not.xlsx: is not a readable XLSX workbook");
    }
  }

  @Test
  void importsAQdpxIntoTheOpenEmptyProjectAndSearchSeesIt() throws Exception {
    Path qdpx = dir.resolve("study.qdpx");
    try (Project source = Project.create(dir.resolve("source"))) {
      ProjectImports imports = new ProjectImports(source, splitter);
      imports.transcript(
          write("P01.txt", "Dan: the garden helps.\n"), ImportOptions.defaults(), "t");
      source
          .store()
          .codes()
          .create(new NewCode(java.util.Optional.empty(), "Garden", "", "#00aa00"), "t");
      ProjectInterchange.exportProject(source, qdpx, ExportOptions.defaults("t"));
    }
    try (Project target = Project.create(dir.resolve("target"))) {
      ProjectImports imports = new ProjectImports(target, splitter);
      List<String> steps = new java.util.ArrayList<>();
      ImportReport r = imports.refiProject(qdpx, "t", steps::add);
      assertThat(r.documents()).isEqualTo(1);
      assertThat(r.codes()).isEqualTo(1);
      assertThat(steps).isNotEmpty();
      assertThat(
              target
                  .services()
                  .search()
                  .search(org.verbatim.core.search.SearchQuery.of("garden"))
                  .totalHits())
          .isEqualTo(1);
      assertThatThrownBy(() -> imports.refiProject(qdpx, "t", s -> {}))
          .hasMessageContaining("already holds documents");
    }
  }
}
