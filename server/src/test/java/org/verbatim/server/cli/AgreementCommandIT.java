package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;
import org.verbatim.core.project.StudyLoader;

/** {@code verbatim agreement} on the demo study (mei vs james), through the real command line. */
class AgreementCommandIT {
  @TempDir static Path tmp;
  static String demo;

  @BeforeAll
  static void loadDemo() {
    Path study = Path.of(System.getProperty("user.dir")).getParent().resolve("corpora/demo");
    assumeThat(Files.isDirectory(study)).as("demo study at " + study).isTrue();
    Path folder = tmp.resolve("demo");
    try (Project p = Project.create(folder)) {
      new StudyLoader(p, new DocumentImporter(p, TranscriptImport.withStandardSplitter()))
          .load(study, "test", s -> {});
    }
    demo = folder.toString();
  }

  @Test
  void printsAnAlignedTableWithDefinitionsAndReadings() {
    CliRun run = CliRun.of("agreement", demo, "--coders", "mei,james");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Inter-coder agreement of demo (mei vs james, sentence)")
        .contains("Definitions:")
        .contains("overlapping it by at least one character")
        .containsPattern("(?m)^  code +units +coded +% agreement +kappa +alpha +reading$")
        .containsPattern("(?m)^    Hope +2421 +\\d+ +\\d+\\.\\d% +0\\.\\d{3} +0\\.\\d{3} +\\w")
        .contains("Pooled over every (unit x code) pair")
        .contains("n/a means undefined for these data:")
        .contains("no selected coder used this code");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void runsWhileTheProjectIsServedButImportWaitsForTheServer() throws Exception {
    Path transcript = Files.writeString(tmp.resolve("P99.txt"), "Nurse Q: Hope again.\n");
    try (Project served = Project.open(Path.of(demo));
        var server =
            org.verbatim.server.ServerLauncher.start(
                served, "127.0.0.1", 0, org.verbatim.server.api.ServerConfig.defaults())) {
      CliRun agreement = CliRun.of("agreement", demo, "--coders", "mei,james");
      assertThat(agreement.exitCode()).as(agreement.err()).isZero();
      assertThat(agreement.out()).contains("Inter-coder agreement of demo");
      CliRun search = CliRun.of("search", demo, "同儕");
      assertThat(search.exitCode()).as(search.err()).isZero();
      assertThat(search.out()).contains("P1");
      assertThat(CliRun.of("documents", demo).out()).contains("P12");

      CliRun importing = CliRun.of("import", demo, transcript.toString());
      assertThat(importing.exitCode()).isEqualTo(1);
      assertThat(importing.err()).contains("open in another process").contains("server");
      assertThat(served.store().documents().byName("P99")).isEmpty();
    }
  }

  @Test
  void printsJsonWithTheDocumentedKeys() throws Exception {
    CliRun run = CliRun.of("agreement", demo, "--coders", "mei,james", "--unit", "turn", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("coders").toString()).isEqualTo("[\"mei\",\"james\"]");
    assertThat(json.get("unit").asText()).isEqualTo("turn");
    JsonNode hope = null;
    for (JsonNode code : json.get("codes")) {
      if (code.get("code").asText().equals("Hope")) {
        hope = code;
      }
    }
    assertThat(hope).isNotNull();
    assertThat(hope.get("path").asText()).isEqualTo("Meaning of recovery > Hope");
    assertThat(hope.get("units").asInt()).isPositive();
    assertThat(hope.get("percentAgreement").isNumber()).isTrue();
    assertThat(hope.get("cohenKappa").isNumber()).isTrue();
    assertThat(hope.get("krippendorffAlpha").isNumber()).isTrue();
    assertThat(hope.get("reading").asText()).isNotBlank();
    assertThat(hope.get("reasons").isObject()).isTrue();
    assertThat(json.get("pooled").get("krippendorffAlpha").isNumber()).isTrue();
    assertThat(json.get("documents")).hasSize(12);
    JsonNode unused = json.get("codes").get(0);
    assertThat(unused.get("krippendorffAlpha").isNull()).isTrue();
    assertThat(unused.get("reasons").get("krippendorffAlpha").asText()).isNotBlank();
  }

  @Test
  void theContinuumReportsTheUnitizingFamilyAndCharacterKappa() throws Exception {
    CliRun run =
        CliRun.of(
            "agreement",
            demo,
            "--coders",
            "mei,james",
            "--unit",
            "character",
            "--json",
            "--codes",
            "Meaning of recovery,Staff attitudes");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.has("uAlpha")).isTrue();
    assertThat(json.get("cuAlphaByDomain").size()).isEqualTo(2);
    assertThat(json.has("CuAlpha")).isTrue();
    assertThat(json.get("binaryUAlphaByCode").get("Meaning of recovery > Hope").isNumber())
        .isTrue();
    assertThat(json.get("characterKappa").get("Meaning of recovery > Hope").isNumber()).isTrue();
    assertThat(json.get("codes")).hasSize(10);
    assertThat(json.get("pooled").get("binaryUAlpha").isNumber()).isTrue();
  }

  @Test
  void writesTheSameReportAsXlsxAndHtml() throws Exception {
    Path xlsx = tmp.resolve("agreement.xlsx");
    Path html = tmp.resolve("agreement.html");
    CliRun run =
        CliRun.of(
            "agreement",
            demo,
            "--coders",
            "mei,james",
            "--xlsx",
            xlsx.toString(),
            "--html",
            html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("wrote " + xlsx).contains("wrote " + html);
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getSheet("Codes").getPhysicalNumberOfRows()).isEqualTo(38);
      assertThat(book.getSheet("Documents").getPhysicalNumberOfRows()).isEqualTo(13);
    }
    assertThat(Files.readString(html)).contains("<h2>Per code").contains("Hope");
  }

  @Test
  void anUnknownCoderIsRefusedWithTheCodersPresent() {
    CliRun run = CliRun.of("agreement", demo, "--coders", "mei,zoe");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "verbatim: unknown coder 'zoe'; coders in this project: james, mei"
                + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(CliRun.of("agreement", demo, "--coders", "mei,james", "--unit", "line").exitCode())
        .isEqualTo(2);
    assertThat(CliRun.of("agreement", demo).exitCode()).isEqualTo(2);
    CliRun overlap =
        CliRun.of(
            "agreement",
            demo,
            "--coders",
            "mei,james",
            "--unit",
            "character",
            "--min-overlap",
            "50");
    assertThat(overlap.exitCode()).isEqualTo(2);
    assertThat(overlap.err()).contains("--min-overlap applies to unit data");
  }

  @Test
  void helpStatesTheDefinitions() {
    CliRun run = CliRun.of("agreement", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("--coders=A,B[,C...]")
        .contains("at least one character")
        .contains("text between line breaks")
        .contains("(unit x code) pair is one item")
        .contains("semantic domain")
        .contains(">= .800 reliable");
  }
}
