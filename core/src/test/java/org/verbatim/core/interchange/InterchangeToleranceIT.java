package org.verbatim.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.MemoFilter;
import org.verbatim.core.nlp.LanguageAwareSentenceSplitter;
import org.verbatim.core.project.Project;
import org.verbatim.core.testing.SharedMaterial;

/**
 * What real tools write is tolerated (NOTES.md): any .qde name, Sources/ or sources/, a zero-byte
 * .root, .docx siblings, namespace variants, plainTextPath without internal://, unnamed sources and
 * cases, BOM and CRLF, selections ending with the newline, several codings on one selection, a top
 * folder of codes, media sources (skipped and counted), and both position conventions.
 */
class InterchangeToleranceIT {
  @TempDir static Path tmp;
  static ProjectInterchange interchange;

  static final String RAW = "A: 你好 😀 ok\r\nB: 👍🏽 謝謝\r\nC: end";

  @BeforeAll
  static void setUp() {
    interchange = new ProjectInterchange(LanguageAwareSentenceSplitter.standard());
  }

  private static int cp(String s, int unit) {
    return s.codePointCount(0, unit);
  }

  private static String selection(String guid, int start, int end, String codings) {
    return "<PlainTextSelection guid=\""
        + guid
        + "\" name=\"\" startPosition=\""
        + start
        + "\" endPosition=\""
        + end
        + "\">"
        + codings
        + "</PlainTextSelection>";
  }

  private static String coding(String guid, String code, String user) {
    return "<Coding guid=\""
        + guid
        + "\" creatingUser=\""
        + user
        + "\"><CodeRef targetGUID=\""
        + code
        + "\"/></Coding>";
  }

  static final String ANA = "{AAAAAAAA-0000-0000-0000-000000000001}";
  static final String X = "C0DE0000-0000-0000-0000-00000000000A";
  static final String Y = "c0de0000-0000-0000-0000-00000000000b";

  private static String qde(String origin, String namespace, int[][] spans) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\""
        + namespace
        + "\" name=\"t\" origin=\""
        + origin
        + "\">"
        + "<Users><User guid=\""
        + ANA
        + "\" name=\"ana\"/><User guid=\"AAAAAAAA-0000-0000-0000-000000000002\" name=\"system\"/></Users>"
        + "<CodeBook><Codes><Code guid=\"C0DE0000-0000-0000-0000-000000000001\" name=\"Codes\" isCodable=\"false\">"
        + "<Code guid=\""
        + X
        + "\" name=\"x\" isCodable=\"true\" color=\"#abc\"><Description>the x code</Description></Code>"
        + "<Code guid=\""
        + Y
        + "\" name=\"y\" isCodable=\"true\"/></Code></Codes></CodeBook>"
        + "<Variables><Variable guid=\"7A000000-0000-0000-0000-000000000001\" name=\"age\" typeOfVariable=\"Integer\"/></Variables>"
        + "<Cases><Case guid=\"CA000000-0000-0000-0000-000000000001\"><VariableValue><VariableRef targetGUID=\"7A000000-0000-0000-0000-000000000001\"/><IntegerValue>41</IntegerValue></VariableValue>"
        + "<SourceRef targetGUID=\"50000000-0000-0000-0000-000000000001\"/></Case></Cases>"
        + "<Sources><TextSource guid=\"50000000-0000-0000-0000-000000000001\" plainTextPath=\"interview-one.txt\" richTextPath=\"internal://interview-one.docx\">"
        + selection(
            "5E000000-0000-0000-0000-000000000001",
            spans[0][0],
            spans[0][1],
            coding("C1000000-0000-0000-0000-000000000001", X, ANA)
                + coding("C1000000-0000-0000-0000-000000000002", Y, ANA))
        + selection(
            "5E000000-0000-0000-0000-000000000002",
            spans[1][0],
            spans[1][1],
            coding("C1000000-0000-0000-0000-000000000003", Y, ANA)
                + "<NoteRef targetGUID=\"0E000000-0000-0000-0000-000000000001\"/>")
        + selection(
            "5E000000-0000-0000-0000-000000000003",
            3,
            3,
            coding("C1000000-0000-0000-0000-000000000004", Y, ANA))
        + "</TextSource>"
        + "<AudioSource guid=\"50000000-0000-0000-0000-000000000002\" name=\"tape\" path=\"relative://tape.mp3\"><AudioSelection guid=\"5E000000-0000-0000-0000-000000000009\" begin=\"0\" end=\"10\">"
        + coding("C1000000-0000-0000-0000-000000000009", X, ANA)
        + "</AudioSelection></AudioSource></Sources>"
        + "<Notes><Note guid=\"0E000000-0000-0000-0000-000000000001\" name=\"why\" creatingUser=\""
        + ANA
        + "\"><PlainTextContent>because 😀</PlainTextContent></Note></Notes>"
        + "</Project>";
  }

  @Test
  void a_qualcoder_style_package_in_code_points_with_bom_and_crlf_keeps_every_range_exact()
      throws Exception {
    int grin = RAW.indexOf("😀");
    int thumbs = RAW.indexOf("👍🏽");
    int lineEnd = RAW.indexOf("\r\nC:") + 2;
    int[][] spans = {{cp(RAW, grin), cp(RAW, grin + 2)}, {cp(RAW, thumbs), cp(RAW, lineEnd)}};
    Path file =
        new Packages()
            .bytes("sources/.root", new byte[0])
            .text("My Project.qde", qde("QualCoder 3.6", "urn:QDA-XML:project:0:10", spans))
            .text("Sources/interview-one.txt", "\uFEFF" + RAW)
            .bytes("Sources/interview-one.docx", new byte[] {80, 75, 3, 4})
            .write(tmp.resolve("qualcoder.qdpx"));
    ImportReport r = interchange.importProject(tmp.resolve("qc"), file, "test", l -> {});

    assertThat(r.documents()).isEqualTo(1);
    assertThat(r.codes()).as("the top folder is unwrapped").isEqualTo(2);
    assertThat(r.codings()).isEqualTo(3);
    assertThat(r.coders()).isEqualTo(1);
    assertThat(r.keptUsers()).isEqualTo(1);
    assertThat(r.skipped())
        .containsEntry("audio sources", 1)
        .containsEntry("codings of audio, video, PDF or picture sources", 1)
        .containsEntry("empty selections", 1)
        .containsEntry("codings of empty selections", 1);
    try (Project p = Project.open(tmp.resolve("qc"))) {
      var store = p.store();
      Document d = store.documents().byName("interview-one").orElseThrow();
      assertThat(d.text()).isEqualTo("A: 你好 😀 ok\nB: 👍🏽 謝謝\nC: end");
      List<String> covered =
          store.codings().all(Optional.empty()).stream()
              .map(c -> c.span().of(d.text()))
              .sorted()
              .toList();
      assertThat(covered).containsExactly("👍🏽 謝謝\n", "😀", "😀");
      assertThat(store.codes().list())
          .allSatisfy(c -> assertThat(c.parent()).isEmpty())
          .allSatisfy(c -> assertThat(c.colour()).matches("#[0-9a-fA-F]{6}"))
          .extracting(Code::name)
          .containsExactlyInAnyOrder("x", "y");
      assertThat(
              store.codes().list().stream()
                  .filter(c -> c.name().equals("x"))
                  .findFirst()
                  .orElseThrow()
                  .colour())
          .isEqualTo("#aabbcc");
      assertThat(
              store.codes().list().stream()
                  .filter(c -> c.name().equals("x"))
                  .findFirst()
                  .orElseThrow()
                  .definition())
          .isEqualTo("the x code");
      assertThat(store.participants().list())
          .singleElement()
          .satisfies(
              pt -> {
                assertThat(pt.label()).isEqualTo("interview-one");
                assertThat(pt.attributes()).isEqualTo(Map.of("age", "41"));
              });
      var memos = store.memos().list(MemoFilter.any());
      assertThat(memos)
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.memo().text()).isEqualTo("why\n\nbecause 😀");
                Coding on = store.codings().get(m.memo().coding().orElseThrow()).orElseThrow();
                assertThat(on.span().of(d.text())).isEqualTo("👍🏽 謝謝\n");
              });
    }
  }

  @Test
  void an_nvivo_package_in_utf16_units_with_crlf_counted_twice_keeps_every_range_exact()
      throws Exception {
    int grin = RAW.indexOf("😀");
    int thumbs = RAW.indexOf("👍🏽");
    int[][] spans = {{grin, grin + 2}, {thumbs, RAW.indexOf("\r\nC:")}};
    Path file =
        new Packages()
            .text("project.qde", qde("NVivo for Windows 12.6", "urn:QDA-XML:project:1.0", spans))
            .text("Sources/interview-one.txt", "\uFEFF" + RAW)
            .write(tmp.resolve("nvivo.qdpx"));
    ImportReport r = interchange.importProject(tmp.resolve("nvivo"), file, "test", l -> {});
    assertThat(r.notes()).anyMatch(n -> n.contains("UTF-16 code units"));
    try (Project p = Project.open(tmp.resolve("nvivo"))) {
      Document d = p.store().documents().byName("interview-one").orElseThrow();
      List<String> covered =
          p.store().codings().all(Optional.empty()).stream()
              .map(c -> c.span().of(d.text()))
              .sorted()
              .toList();
      assertThat(covered).containsExactly("👍🏽 謝謝", "😀", "😀");
    }
  }

  @Test
  void the_atlas_ti_specification_example_imports_once_its_text_files_are_supplied()
      throws Exception {
    Path qdeFile =
        SharedMaterial.require("refi-qda/samples", InterchangeToleranceIT.class)
            .resolve("atlasti-8.4_spec-example_Project.qde");
    byte[] qde = Files.readAllBytes(qdeFile);
    QdeCounts counts = QdeCounts.of(qde);
    // the example ships without its text files: give each text source a distinct filler text
    Packages pkg = new Packages().bytes("Project.qde", qde);
    var m =
        java.util.regex.Pattern.compile("<TextSource plainTextPath=\"internal://([^\"]+)\"")
            .matcher(new String(qde, StandardCharsets.UTF_8));
    int n = 0;
    while (m.find()) {
      pkg.text("sources/" + m.group(1), "source " + (++n) + " " + "x".repeat(1200));
    }
    Path file = pkg.write(tmp.resolve("atlas.qdpx"));
    ImportReport r = interchange.importProject(tmp.resolve("atlas"), file, "test", l -> {});
    assertThat(counts.textSources()).isEqualTo(6);
    assertThat(r.documents()).isEqualTo(6);
    assertThat(r.codes()).isEqualTo(14).isEqualTo(counts.codes());
    assertThat(r.codings()).isEqualTo(counts.textCodings());
    assertThat(r.coders() + r.keptUsers()).isEqualTo(3);
    assertThat(r.memos()).as("two unreferenced notes become free memos").isEqualTo(2);
    assertThat(r.skipped())
        .containsEntry("pdf sources", 2)
        .containsEntry("picture sources", 1)
        .containsEntry("audio sources", 1)
        .containsEntry("video sources", 2)
        .containsEntry("links", 1)
        .containsEntry("graphs", 1);
    assertThat(r.themes()).isPositive();
  }
}
