package org.verbatim.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.NewMemo;
import org.verbatim.core.model.Span;
import org.verbatim.core.nlp.LanguageAwareSentenceSplitter;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;
import org.verbatim.core.project.StudyLoader;
import org.verbatim.core.testing.SharedMaterial;

/**
 * The demo study, plus a transcript of emoji, Chinese and CRLF line ends and memos of every kind,
 * goes out as .qdpx and comes back into a new project with identical documents, codes, coders,
 * codings (same ranges, same text), memos, participants and themes.
 */
class RoundTripIT {
  @TempDir static Path tmp;
  static Path demo;
  static Path qdpx;
  static ProjectContent original;
  static ProjectInterchange interchange;

  static final String MIXED =
      "Interviewer: 你好 😀 how are you?\r\nP13 (Nurse): I'm 🙂 fine, 謝謝。👍🏽 Great 🇹🇼!\r\nInterviewer: 好的。\r\n";

  @BeforeAll
  static void exportTheDemo() throws Exception {
    Path study = Path.of(System.getProperty("user.dir")).getParent().resolve("corpora/demo");
    assumeThat(Files.isDirectory(study)).as("demo study at " + study).isTrue();
    interchange = new ProjectInterchange(LanguageAwareSentenceSplitter.standard());
    demo = tmp.resolve("demo");
    try (Project p = Project.create(demo)) {
      TranscriptImport reader = TranscriptImport.withStandardSplitter();
      new StudyLoader(p, new DocumentImporter(p, reader)).load(study, "test", s -> {});
      Path mixed = tmp.resolve("P13 mixed.txt");
      Files.write(mixed, MIXED.getBytes(StandardCharsets.UTF_8));
      Document doc =
          p.store()
              .documents()
              .get(
                  new DocumentImporter(p, reader)
                      .importFile(mixed, ImportOptions.defaults(), "test")
                      .id())
              .orElseThrow();
      var store = p.store();
      CoderId mei = store.coders().byName("mei").orElseThrow().id();
      CoderId james = store.coders().byName("james").orElseThrow().id();
      List<Code> codes = store.codes().list();
      String t = doc.text();
      List<NewCoding> batch =
          List.of(
              new NewCoding(doc.id(), codes.get(0).id(), mei, span(t, "😀"), "a grin"),
              new NewCoding(doc.id(), codes.get(1).id(), james, span(t, "😀"), ""),
              new NewCoding(doc.id(), codes.get(2).id(), mei, span(t, "謝謝。👍🏽"), ""),
              new NewCoding(
                  doc.id(), codes.get(3).id(), james, span(t, "🇹🇼!\n"), "flag and line end"),
              new NewCoding(doc.id(), codes.get(4).id(), mei, new Span(0, t.length()), ""));
      var stored = store.codings().addAll(batch, "test");
      store
          .memos()
          .create(
              new NewMemo(
                  mei,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  "Free memo\nabout the study 😀"),
              "test");
      store
          .memos()
          .create(
              new NewMemo(
                  james,
                  Optional.of(doc.id()),
                  Optional.empty(),
                  Optional.empty(),
                  "Document memo 謝謝"),
              "test");
      store
          .memos()
          .create(
              new NewMemo(
                  mei,
                  Optional.empty(),
                  Optional.of(codes.get(0).id()),
                  Optional.empty(),
                  "Code memo"),
              "test");
      store
          .memos()
          .create(
              new NewMemo(
                  james,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(stored.get(2).id()),
                  "Coding memo"),
              "test");
      original = ProjectContent.of(store);
      qdpx = tmp.resolve("demo.qdpx");
      ProjectInterchange.exportProject(p, qdpx, ExportOptions.defaults("test"));
    }
  }

  private static Span span(String text, String quote) {
    int at = text.indexOf(quote);
    return new Span(at, at + quote.length());
  }

  @Test
  void
      a_new_project_from_the_export_has_identical_documents_codes_coders_codings_memos_participants_and_themes() {
    Path copy = tmp.resolve("copy");
    ImportReport report = interchange.importProject(copy, qdpx, "test", line -> {});
    assertThat(report.skipped()).isEmpty();
    try (Project p = Project.open(copy)) {
      ProjectContent back = ProjectContent.of(p.store());
      assertThat(back.documents()).isEqualTo(original.documents());
      assertThat(back.codes()).isEqualTo(original.codes());
      assertThat(back.coders()).isEqualTo(original.coders());
      assertThat(back.codings()).hasSize(original.codings().size()).isEqualTo(original.codings());
      assertThat(back.memos()).hasSize(4).isEqualTo(original.memos());
      assertThat(back.participants()).hasSize(12).isEqualTo(original.participants());
      assertThat(back.themes()).isNotEmpty().isEqualTo(original.themes());
    }
    assertThat(original.codings())
        .anyMatch(c -> c.contains("«👍🏽") || c.contains("«謝謝。👍🏽»"))
        .anyMatch(c -> c.contains("«🇹🇼!\n»"));
  }

  @Test
  void positions_in_the_file_are_code_points_of_the_stored_text() throws Exception {
    try (ZipFile zip = new ZipFile(qdpx.toFile())) {
      QdeCounts counts =
          QdeCounts.of(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes());
      int checked = 0;
      for (QdeCounts.QdeSelection s : counts.selections()) {
        String text =
            new String(
                zip.getInputStream(zip.getEntry("sources/" + s.file())).readAllBytes(),
                StandardCharsets.UTF_8);
        if (!text.equals(MIXED.replace("\r\n", "\n"))) {
          continue;
        }
        String covered =
            new String(
                text.codePoints().skip(s.start()).limit(s.end() - s.start()).toArray(),
                0,
                (int) (s.end() - s.start()));
        assertThat(original.codings())
            .anyMatch(c -> c.startsWith("P13 mixed") && c.contains("«" + covered + "»"));
        checked++;
      }
      assertThat(checked)
          .as("selections on the mixed transcript: one per range and memo")
          .isEqualTo(5);
    }
  }

  @Test
  void a_second_export_of_the_copy_keeps_every_guid() throws Exception {
    Path copy = tmp.resolve("copy-guids");
    interchange.importProject(copy, qdpx, "test", line -> {});
    Path again = tmp.resolve("again.qdpx");
    try (Project p = Project.open(copy)) {
      ProjectInterchange.exportProject(p, again, ExportOptions.defaults("test"));
    }
    assertThat(guids(again)).isEqualTo(guids(qdpx));
  }

  @Test
  void
      the_export_validates_against_the_official_project_schema_and_another_export_is_not_written_over_it()
          throws Exception {
    Path xsd = SharedMaterial.require("refi-qda", RoundTripIT.class).resolve("Project.xsd");
    Path checked = tmp.resolve("checked.qdpx");
    try (Project p = Project.open(demo)) {
      ExportSummary s =
          ProjectInterchange.exportProject(
              p, checked, new ExportOptions(Optional.of(xsd), false, "test"));
      assertThat(s.validated()).isTrue();
      assertThat(s.documents()).isEqualTo(13);
      long before = Files.size(checked);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> ProjectInterchange.exportProject(p, checked, ExportOptions.defaults("test")))
          .hasMessageContaining("exists already");
      assertThat(Files.size(checked)).isEqualTo(before);
    }
  }

  private static Set<String> guids(Path file) throws Exception {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String qde =
          new String(
              zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
              StandardCharsets.UTF_8);
      Set<String> out = new HashSet<>();
      var m =
          java.util.regex.Pattern.compile(
                  "<(Code|Coding|TextSource|User|Case|Set|Note|PlainTextSelection) guid=\"([^\"]+)\"")
              .matcher(qde);
      while (m.find()) {
        out.add(m.group(1) + " " + m.group(2));
      }
      return out;
    }
  }
}
