package org.verbatim.core.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.export.ExportFormat;
import org.verbatim.core.export.ExportOptions;
import org.verbatim.core.export.ExportText;
import org.verbatim.core.export.ProjectExports;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.interchange.ProjectInterchange;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;
import org.verbatim.core.project.StudyLoader;
import org.verbatim.core.testing.DemoProject;

/**
 * De-identification on the demo study with known names written into two transcripts (one English,
 * one Chinese), quoted in Table 2 and coded, so that every export carries them.
 */
class DeidServiceIT {
  @TempDir static Path tmp;
  static Path folder;
  static String storedBefore;

  static final String ENGLISH =
      "Occupational Therapist R: Dr. Lin said the ward at Kaohsiung General Hospital was full."
          + " Dr Lin's team sent us on to Tainan, and I told Dr. Lin we would manage somehow. Lin agreed.\n";
  static final String CHINESE = "護理師 Y：林醫生說嘉南那邊的病房都滿了，林医生也很累。\n";
  static final String ENGLISH_QUOTE =
      "Dr. Lin said the ward at Kaohsiung General Hospital was full.";
  static final String CHINESE_QUOTE = "林醫生說嘉南那邊的病房都滿了";

  @BeforeAll
  static void build() throws IOException {
    Path study = tmp.resolve("study");
    copy(DemoProject.study(), study);
    append(study.resolve("transcripts/P05.txt"), "\n" + ENGLISH);
    append(study.resolve("transcripts/P11.txt"), "\n" + CHINESE);
    // both passages pinned to a theme (Table 2, member-check packets) and coded (segments)
    String quotes = Files.readString(study.resolve("quotes.json"));
    quotes =
        quotes.replaceFirst(
            "\"quotes\": \\[",
            "\"quotes\": [\n    {\"theme\": \"Two languages of recovery\", \"document\": \"P05\","
                + " \"quote\": \""
                + ENGLISH_QUOTE
                + "\"},\n    {\"theme\": \"Two languages of recovery\", \"document\": \"P11\","
                + " \"quote\": \""
                + CHINESE_QUOTE
                + "\"},");
    Files.writeString(study.resolve("quotes.json"), quotes);
    Path codings = study.resolve("codings/mei/P05.json");
    Files.writeString(
        codings,
        Files.readString(codings)
            .replaceFirst(
                "\"codings\": \\[",
                "\"codings\": [\n    {\"code\": \"Personal recovery\", \"quote\": \""
                    + ENGLISH_QUOTE
                    + "\", \"occurrence\": 1, \"memo\": \"\"},"));
    folder = tmp.resolve("project");
    try (Project p = Project.create(folder)) {
      new StudyLoader(p, new DocumentImporter(p, TranscriptImport.withStandardSplitter()))
          .load(study, "test", s -> {});
      storedBefore = allText(p);
      // annotated once here, so each test's copy of the project carries the cache
      p.services().deid().scan();
    }
  }

  @Test
  void scanFindsTheNamesGroupedBySurfaceFormWithCountsAndContexts() {
    try (Project p = Project.open(folder)) {
      List<FoundForm> found = p.services().deid().scan();
      FoundForm lin = form(found, "Dr. Lin");
      assertThat(lin.tag()).isEqualTo(DeidTag.PERSON);
      assertThat(lin.surfaces()).contains("Dr. Lin", "Dr Lin");
      assertThat(lin.count()).isEqualTo(3);
      assertThat(lin.sources()).contains("ner");
      assertThat(lin.contexts()).hasSize(3);
      assertThat(lin.contexts().get(0).right()).startsWith(" said the ward");
      assertThat(lin.status()).isEqualTo("found");
      FoundForm hospital = form(found, "Kaohsiung General Hospital");
      assertThat(hospital.tag()).isEqualTo(DeidTag.ORGANIZATION);
      assertThat(hospital.count()).isEqualTo(1);
      FoundForm chinese = form(found, "林醫生");
      assertThat(chinese.surfaces()).contains("林醫生", "林医生");
      assertThat(chinese.count()).isEqualTo(2);
      assertThat(chinese.sources()).containsExactly("pattern");
    }
  }

  @Test
  void aSecondScanReadsTheCachedAnnotationsOnly() {
    try (Project p = Project.open(folder)) {
      p.services().deid().scan();
      assertThat(p.services().annotations().annotationsMade()).isZero();
    }
  }

  @Test
  void decisionsAreKeptInTheKeyFileWithConsistentNumberedReplacements() throws IOException {
    Path copy = copyProject("decisions");
    try (Project p = Project.open(copy)) {
      DeidService deid = p.services().deid();
      deid.map("Dr Lin", "[psychiatrist]");
      deid.addNames(List.of(new ListedName("嘉南", DeidTag.CITY)));
      deid.map("嘉南", "[city]");
      deid.accept(List.of("Kaohsiung General Hospital"));
      deid.reject(List.of("Tainan"));
      // mapping the same form again keeps its number; a different person gets the next
      deid.map("Dr. Lin", "[psychiatrist]");
      deid.map("林医生", "[psychiatrist]");
    }
    String json = Files.readString(copy.resolve(DeidMapFile.NAME));
    assertThat(json).contains("[psychiatrist 1]", "[psychiatrist 2]", "[city 1]", "REJECTED");
    try (Project p = Project.open(copy)) {
      DeidMap map = p.services().deid().map();
      assertThat(map.entryOf("Dr. Lin").orElseThrow().replacement()).isEqualTo("[psychiatrist 1]");
      assertThat(map.entryOf("林醫生").orElseThrow().replacement()).isEqualTo("[psychiatrist 2]");
      assertThat(map.entryOf("Kaohsiung General Hospital").orElseThrow().replacement())
          .isEqualTo("[organisation 1]");
      assertThat(map.entryOf("Tainan").orElseThrow().decision())
          .isEqualTo(MapEntry.Decision.REJECTED);
      FoundForm lin = form(p.services().deid().scan(), "Dr. Lin");
      assertThat(lin.status()).isEqualTo("accepted");
      assertThat(lin.replacement()).isEqualTo("[psychiatrist 1]");
      Redactor r = p.services().deid().redactor();
      assertThat(r.redact("Dr Lin's view, and Dr. Lin, and 林醫生 and 林医生 in 嘉南").text())
          .isEqualTo(
              "[psychiatrist 1]'s view, and [psychiatrist 1], and [psychiatrist 2] and"
                  + " [psychiatrist 2] in [city 1]");
      assertThat(r.redact("Tainan").text()).isEqualTo("Tainan");
    }
  }

  @Test
  void aLinkedShortFormGetsTheFullFormsReplacement() {
    Path copy = copyProject("link");
    try (Project p = Project.open(copy)) {
      DeidService deid = p.services().deid();
      deid.addNames(List.of(new ListedName("Lin", DeidTag.PERSON)));
      deid.map("Dr. Lin", "[psychiatrist]");
      deid.link("Dr. Lin", List.of("Lin"));
      assertThat(deid.redactor().redact("Lin and Dr Lin").text())
          .isEqualTo("[psychiatrist 1] and [psychiatrist 1]");
    }
  }

  @Test
  void refusesFormsItDoesNotKnowAndEmptyReplacements() {
    Path copy = copyProject("bad");
    try (Project p = Project.open(copy)) {
      DeidService deid = p.services().deid();
      assertThatThrownBy(() -> deid.accept(List.of("Nobody Atall")))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("'Nobody Atall'");
      assertThatThrownBy(() -> deid.map("Dr. Lin", " "))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("empty");
      assertThat(Files.exists(copy.resolve(DeidMapFile.NAME))).isFalse();
    }
  }

  @Test
  void everyDeidentifiedExportLeavesNoAcceptedFormAndTheStoredTextIsUnchanged() throws IOException {
    Path copy = copyProject("exports");
    try (Project p = Project.open(copy)) {
      DeidService deid = p.services().deid();
      deid.addNames(List.of(new ListedName("嘉南", DeidTag.CITY)));
      deid.map("Dr. Lin", "[psychiatrist]");
      deid.map("林醫生", "[psychiatrist]");
      deid.map("嘉南", "[city]");
      deid.accept(List.of("Kaohsiung General Hospital"));
      ProjectExports exports = p.services().exports();
      // "Lin" alone would match the demo's own "Siu Ling"
      List<String> accepted = List.of("Dr. Lin", "Dr Lin", "Kaohsiung", "林醫生", "林医生", "嘉南");
      for (String what : List.of("themes", "segments")) {
        for (ExportFormat format : ExportFormat.values()) {
          Path plain = copy.resolve("plain-" + what + "." + format.extension());
          Path file = copy.resolve(what + "." + format.extension());
          exports.writeTo(
              plain,
              exports.registry().find(what, format.extension()),
              ExportOptions.defaults(),
              true,
              false);
          exports.writeTo(
              file,
              exports.registry().find(what, format.extension()),
              ExportOptions.defaults(),
              true,
              true);
          String before = ExportText.of(Files.readAllBytes(plain), format.extension());
          String after = ExportText.of(Files.readAllBytes(file), format.extension());
          // the plain export holds the names, so their absence below is the map's doing
          assertThat(before).as("plain " + what + " " + format).contains("Dr. Lin said");
          assertThat(after).as(what + " " + format).contains("[psychiatrist 1] said");
          for (String form : accepted) {
            assertThat(after).as(what + " " + format).doesNotContain(form);
          }
        }
      }
      // the other tables (participants, codebook, matrices, saturation) in every format too
      for (String what : exports.registry().whats()) {
        if (what.equals("member-check")) {
          continue; // a folder of packets for a target not ending in .zip; read as a zip below
        }
        for (String format : exports.registry().formats(what)) {
          Path file = copy.resolve("all-" + what + "." + format);
          exports.writeTo(
              file, exports.registry().find(what, format), ExportOptions.defaults(), true, true);
          String after = ExportText.of(Files.readAllBytes(file), format);
          for (String form : accepted) {
            assertThat(after).as(what + " " + format).doesNotContain(form);
          }
        }
      }
      String themes = ExportText.of(Files.readAllBytes(copy.resolve("themes.docx")), "docx");
      assertThat(themes).contains("[psychiatrist 2]說[city 1]那邊的病房都滿了");
      Path packets = copy.resolve("packets.zip");
      exports.writeTo(
          packets,
          exports.registry().find("member-check", "docx"),
          ExportOptions.defaults(),
          true,
          true);
      String packetText = ExportText.of(Files.readAllBytes(packets), "zip");
      assertThat(packetText).contains("[psychiatrist 1] said", "[organisation 1]");
      accepted.forEach(f -> assertThat(packetText).as("packets").doesNotContain(f));
      Path qdpx = copy.resolve("project.qdpx");
      ProjectInterchange.exportProject(
          p,
          qdpx,
          org.verbatim.core.interchange.ExportOptions.defaults("test")
              .withText(exports.deidentification()));
      String qdpxText = ExportText.of(Files.readAllBytes(qdpx), "qdpx");
      assertThat(qdpxText).contains("[psychiatrist 1] said");
      accepted.forEach(f -> assertThat(qdpxText).as("qdpx").doesNotContain(f));
      assertThat(allText(p)).isEqualTo(storedBefore);
    }
  }

  @Test
  void aDeidentifiedExportStillHoldingAnAcceptedFormIsRefusedAndNothingIsWritten() {
    Path copy = copyProject("refuse");
    try (Project p = Project.open(copy)) {
      DeidService deid = p.services().deid();
      deid.addNames(List.of(new ListedName("Tainan", DeidTag.CITY)));
      // a replacement that itself names an accepted place: the map cannot hide it, the guard must
      deid.map("Dr. Lin", "the psychiatrist from Tainan");
      deid.accept(List.of("Tainan"));
      ProjectExports exports = p.services().exports();
      Path file = copy.resolve("refused.docx");
      assertThatThrownBy(
              () ->
                  exports.writeTo(
                      file,
                      exports.registry().find("themes", "docx"),
                      ExportOptions.defaults(),
                      true,
                      true))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("'Tainan'")
          .hasMessageContaining("not written");
      assertThat(Files.exists(file)).isFalse();
    }
  }

  @Test
  void aDeidentifiedExportWithNothingAcceptedIsRefused() {
    Path copy = copyProject("nothing");
    try (Project p = Project.open(copy)) {
      assertThatThrownBy(() -> p.services().exports().deidentification())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("no form is accepted");
    }
  }

  private static FoundForm form(List<FoundForm> found, String surface) {
    return found.stream()
        .filter(f -> f.surfaces().contains(surface))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    surface
                        + " not found in "
                        + found.stream().map(f -> f.form() + "/" + f.tag()).toList()));
  }

  private static String allText(Project p) {
    StringBuilder out = new StringBuilder();
    p.store()
        .documents()
        .list()
        .forEach(
            s -> {
              Optional<Document> d = p.store().documents().get(s.id());
              out.append(d.orElseThrow().text()).append('\u0000');
            });
    return out.toString();
  }

  private static Path copyProject(String name) {
    Path to = tmp.resolve(name);
    try {
      copy(folder, to);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return to;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path f : all.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
  }
}
