package org.verbatim.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.AuditEntry;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.nlp.LanguageAwareSentenceSplitter;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.testing.SharedMaterial;

/**
 * The cue times of a WebVTT transcript and of a time-stamped text transcript go out in a {@code
 * .qdpx} (in Verbatim's own {@code verbatim/turns.json}, since REFI-QDA has no field for them) and
 * come back with every turn's speaker, range and times; the package still validates.
 */
class CueTimesRoundTripIT {
  @TempDir static Path tmp;
  static Path qdpx;
  static Map<String, List<Turn>> originalTurns;
  static ProjectInterchange interchange;

  static final String VTT =
      """
      WEBVTT

      1
      00:00:01.000 --> 00:00:04.000
      <v Dr. Chen>How long have you 😀 worked here?</v>

      2
      00:00:04.500 --> 00:00:09.250
      <v Nurse K>Ten years 🇹🇼 and more.</v>

      3
      00:00:10.000 --> 00:00:12.000
      <v Dr. Chen>And before that?</v>
      """;

  static final String STAMPED =
      """
      [00:01:23] Interviewer: What did you do first?
      [00:01:30] Respondent: I read the notes 👍🏽 twice.
      [00:02:05] Interviewer: And then?
      [00:02:10] Respondent: Then I called the family.
      """;

  @BeforeAll
  static void exportTimedTranscripts() throws Exception {
    interchange = new ProjectInterchange(LanguageAwareSentenceSplitter.standard());
    Path vtt = tmp.resolve("ward round.vtt");
    Files.writeString(vtt, VTT, StandardCharsets.UTF_8);
    Path stamped = tmp.resolve("family call.txt");
    Files.writeString(stamped, STAMPED, StandardCharsets.UTF_8);
    try (Project p = Project.create(tmp.resolve("source"))) {
      DocumentImporter importer = new DocumentImporter(p, TranscriptImport.withStandardSplitter());
      importer.importFile(vtt, ImportOptions.defaults(), "test");
      importer.importFile(stamped, ImportOptions.defaults(), "test");
      ProjectStore store = p.store();
      CoderId coder = store.coders().ensure("mei", "test").id();
      CodeId code =
          store.codes().create(new NewCode(Optional.empty(), "Work", "", "#336699"), "test").id();
      for (DocumentSummary d : store.documents().list()) {
        store
            .codings()
            .addAll(List.of(new NewCoding(d.id(), code, coder, new Span(0, 3), "")), "t");
      }
      originalTurns = turns(store);
      qdpx = tmp.resolve("timed.qdpx");
      ProjectInterchange.exportProject(p, qdpx, ExportOptions.defaults("test"));
    }
    assertThat(originalTurns.values())
        .as("both transcripts have timed turns to carry")
        .allMatch(CarriedTurns::timed);
  }

  @Test
  void every_turn_comes_back_with_its_speaker_range_and_cue_times() {
    Path copy = tmp.resolve("copy");
    ImportReport report = interchange.importProject(copy, qdpx, "test", line -> {});
    assertThat(report.skipped()).isEmpty();
    try (Project p = Project.open(copy)) {
      Map<String, List<Turn>> back = turns(p.store());
      assertThat(back).isEqualTo(originalTurns);
      List<Turn> nurse = back.get("ward round");
      assertThat(nurse.get(1).speaker()).contains("Nurse K");
      assertThat(nurse.get(1).startMillis()).contains(4_500L);
      assertThat(nurse.get(1).endMillis()).contains(9_250L);
      assertThat(back.get("family call").get(1).startMillis()).contains(90_000L);
    }
  }

  @Test
  void the_package_with_its_turns_entry_validates_against_the_official_schema() throws Exception {
    Path xsd = SharedMaterial.require("refi-qda", getClass()).resolve("Project.xsd");
    Path checked = tmp.resolve("checked.qdpx");
    try (Project p = Project.open(tmp.resolve("source"))) {
      ProjectInterchange.exportProject(
          p, checked, new ExportOptions(Optional.of(xsd), false, "test"));
    }
    try (ZipFile zip = new ZipFile(checked.toFile())) {
      assertThat(zip.getEntry(CarriedTurns.ENTRY)).isNotNull();
    }
  }

  @Test
  void turns_that_do_not_fit_their_text_are_found_from_the_text_again_and_counted()
      throws Exception {
    Path bad = tmp.resolve("misfit.qdpx");
    try (ZipFile in = new ZipFile(qdpx.toFile());
        OutputStream os = Files.newOutputStream(bad);
        ZipOutputStream out = new ZipOutputStream(os)) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals(CarriedTurns.ENTRY)) {
          bytes =
              new String(bytes, StandardCharsets.UTF_8)
                  .replaceFirst("\"end\":\\d+", "\"end\":999999")
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    Path copy = tmp.resolve("misfit");
    ImportReport report = interchange.importProject(copy, bad, "test", line -> {});
    assertThat(report.skipped()).containsEntry(CarriedTurns.MISFIT, 1);
    try (Project p = Project.open(copy)) {
      Map<String, List<Turn>> back = turns(p.store());
      assertThat(back.values()).allMatch(turns -> !turns.isEmpty());
      assertThat(back.values().stream().filter(originalTurns::containsValue)).hasSize(1);
    }
  }

  @Test
  void the_import_is_one_audit_entry_for_all_its_codings() {
    Path copy = tmp.resolve("audited");
    interchange.importProject(copy, qdpx, "test", line -> {});
    try (Project p = Project.open(copy)) {
      List<AuditEntry> log = p.store().audit().list(0, 1000);
      assertThat(log).noneMatch(e -> e.entity().equals("coding"));
      List<AuditEntry> imports = log.stream().filter(e -> e.entity().equals("codings")).toList();
      assertThat(imports).hasSize(1);
      long first = p.store().codings().all(Optional.empty()).get(0).id().value();
      assertThat(imports.get(0).after().orElseThrow())
          .contains("\"codings\":2")
          .contains("\"source\":\"timed.qdpx\"")
          .contains("\"first_id\":" + first);
    }
  }

  private static Map<String, List<Turn>> turns(ProjectStore store) {
    Map<String, List<Turn>> out = new TreeMap<>();
    for (DocumentSummary d : store.documents().list()) {
      Document doc = store.documents().get(d.id()).orElseThrow();
      out.put(d.name(), doc.turns());
    }
    return out;
  }
}
