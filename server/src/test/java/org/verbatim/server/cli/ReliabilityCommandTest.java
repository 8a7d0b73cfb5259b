package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code verbatim reliability} on small files, capturing what it prints. */
class ReliabilityCommandTest {
  /** Krippendorff (2011) 4 observers × 12 units, one column per observer. */
  private static final String KRIPPENDORFF_2011 =
      "A,B,C,D\n1,1,,1\n2,2,3,2\n3,3,3,3\n3,3,3,3\n2,2,2,2\n1,2,3,4\n4,4,4,4\n1,1,2,1\n2,2,2,2\n"
          + ",5,5,5\n,,1,1\n,3,,\n";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ReliabilityCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void printsEveryUnitStatisticAsJsonWithNullsAndReasons() throws IOException {
    Run run = run(file("k.csv", KRIPPENDORFF_2011).toString(), "--json");
    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("krippendorffAlpha").asDouble()).isCloseTo(0.743, within(5e-4));
    assertThat(json.get("percentAgreement").asDouble()).isCloseTo(0.800, within(1e-9));
    assertThat(json.get("units").asInt()).isEqualTo(12);
    assertThat(json.get("coders").asInt()).isEqualTo(4);
    assertThat(json.get("cohenKappa").isNull()).isTrue();
    assertThat(json.get("reasons").get("cohenKappa").asText()).contains("exactly two coders");
    assertThat(json.has("fleissKappa") && json.has("gwetAC1") && json.has("brennanPrediger"))
        .isTrue();
    assertThat(json.get("percentAgreementConvention").asText()).contains("Krippendorff");
  }

  @Test
  void levelChoosesTheAlphaMetric() throws IOException {
    Run run = run(file("k.csv", KRIPPENDORFF_2011).toString(), "--level", "interval", "--json");
    assertThat(new ObjectMapper().readTree(run.out()).get("krippendorffAlpha").asDouble())
        .isCloseTo(0.849, within(5e-4));
  }

  @Test
  void textOutputNamesConventionsAndWhyStatisticsAreMissing() throws IOException {
    Run run = run(file("k.csv", KRIPPENDORFF_2011).toString(), "--bootstrap", "200", "--seed", "3");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("12 units, 4 coders, level nominal")
        .contains("pairable-values form")
        .contains("Cohen's kappa")
        .contains("n/a")
        .contains("exactly two coders")
        .contains("alpha interval")
        .contains("seed 3");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void raggedRowIsAUserErrorOnOneLine() throws IOException {
    Path csv = file("bad.csv", "A,B\n1,2\n1,2,3\n");
    Run run = run(csv.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(csv + ": line 3 has 3 fields but the header names 2 coders");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void textInAnIntervalColumnIsAUserError() throws IOException {
    Run run = run(file("t.csv", "A,B\n1,2\nlow,2\n").toString(), "--level", "interval");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("line 3, column 'A': 'low' is not a number")
        .doesNotContain("at org.");
  }

  @Test
  void missingFileIsAUserError() {
    Run run = run(dir.resolve("none.csv").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("none.csv: no such file");
  }

  @Test
  void unknownLevelAndMissingFileArgumentAreUsageErrors() throws IOException {
    assertThat(run(file("k.csv", KRIPPENDORFF_2011).toString(), "--level", "cardinal").exit())
        .isEqualTo(2);
    assertThat(run().exit()).isEqualTo(2);
    assertThat(run("--unitized", "--level", "ordinal", "x.json").exit()).isEqualTo(2);
  }

  @Test
  void oneCoderGivesNullStatisticsWithReasons() throws IOException {
    Run run = run(file("one.csv", "A\n1\n2\n").toString(), "--json");
    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("krippendorffAlpha").isNull()).isTrue();
    assertThat(json.get("reasons").get("krippendorffAlpha").asText()).contains("two coders");
  }

  @Test
  void unitizedDataGivesTheAlphaFamilyAsNumbersForOneDomain() throws IOException {
    Path data =
        file(
            "u.json",
            "{\"length\": 10, \"coders\": {\"A\": [[0, 5, \"x\"], [5, 10, \"y\"]],"
                + " \"B\": [[0, 4, \"x\"], [4, 10, \"y\"]]}}");
    Run run = run("--unitized", data.toString(), "--json");
    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("uAlpha").asDouble()).isCloseTo(841.0 / 990, within(1e-12));
    assertThat(json.get("cuAlpha").asDouble()).isCloseTo(841.0 / 990, within(1e-12));
    assertThat(json.get("binaryUAlpha").isNull()).isTrue();
    assertThat(json.get("binaryUAlphaByCategory").has("x")).isTrue();
    assertThat(json.get("CuAlpha").isNull()).isTrue();
    assertThat(json.get("characterKappa").get("x").isNumber()).isTrue();
    assertThat(json.get("segmentMatching").get("threshold").asDouble()).isEqualTo(0.9);
  }

  @Test
  void unitizedReproducesKrippendorff2019Figure12_11() throws IOException {
    // Krippendorff (2019), Content Analysis, 4th ed., Figure 12.11: uα = .510, |uα = .413 (from
    // expected coincidences rounded to two decimals; exactly .4136), cuα = .724.
    Path data =
        file(
            "figure-12-11.json",
            """
            {"length": 60, "coders": {
              "Alex": [[0, 7, "1"], [7, 13, "2"], [30, 32, "5"], [32, 37, "6"], [37, 44, "6"],
                       [44, 60, "7"]],
              "Paul": [[0, 7, "1"], [7, 13, "3"], [13, 21, "5"], [32, 44, "6"]],
              "Suzan": [[0, 7, "1"], [7, 13, "4"], [13, 21, "5"], [32, 37, "6"], [37, 41, "6"],
                        [41, 44, "6"]]}}
            """);
    Run run = run("--unitized", data.toString(), "--json");
    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("uAlpha").asDouble()).isCloseTo(0.510, within(0.0005));
    assertThat(json.get("binaryUAlpha").asDouble()).isCloseTo(0.413, within(0.001));
    assertThat(json.get("cuAlpha").asDouble()).isCloseTo(0.724, within(0.0005));
    assertThat(run("--unitized", data.toString()).out())
        .containsPattern("u-alpha\\s+0\\.510")
        .containsPattern("cu-alpha\\s+0\\.724");
  }

  @Test
  void unitizedDomainsGiveObjectsByDomainAndCuAlpha() throws IOException {
    Path data =
        file(
            "d.json",
            "{\"length\": 10, \"coders\": {\"A\": [[0, 5, \"x\"], [2, 6, \"p\"]],"
                + " \"B\": [[0, 4, \"x\"], [2, 7, \"p\"]]},"
                + " \"domains\": {\"letters\": [\"x\"], \"topics\": [\"p\"]}}");
    Run run = run("--unitized", data.toString(), "--json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("uAlpha").has("letters")).isTrue();
    assertThat(json.get("cuAlpha").has("topics")).isTrue();
    assertThat(json.get("CuAlpha").isNumber()).isTrue();
    assertThat(run("--unitized", data.toString()).out()).contains("u-alpha [letters]");
  }

  @Test
  void segmentBeyondTheContinuumIsAUserError() throws IOException {
    Path data =
        file("b.json", "{\"length\": 10, \"coders\": {\"A\": [[8, 12, \"x\"]], \"B\": []}}");
    Run run = run("--unitized", data.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("coders.A[0]").contains("beyond the continuum of length 10");
  }
}
