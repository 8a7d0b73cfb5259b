package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.export.ExportText;

/** {@code verbatim deid scan|accept|reject|map|list} and {@code export --deidentified}. */
class DeidCommandIT {
  @TempDir static Path tmp;
  static Path project;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void build() throws IOException {
    project = tmp.resolve("p");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
    Path file =
        Files.writeString(
            tmp.resolve("P01.txt"),
            "Interviewer: Who did you see?\n"
                + "Nurse K: Dr. Lin said the ward at Kaohsiung General Hospital was full. Dr Lin"
                + " sent us on to Tainan.\n");
    CliRun run = CliRun.of("import", project.toString(), file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void scanJsonListsEachFormWithItsCountContextsAndStatus() throws IOException {
    CliRun run = CliRun.of("deid", "scan", project.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode forms = JSON.readTree(run.out());
    assertThat(forms.isArray()).isTrue();
    JsonNode lin = find(forms, "Dr. Lin");
    assertThat(lin.fieldNames())
        .toIterable()
        .contains(
            "form",
            "surfaces",
            "tag",
            "count",
            "documents",
            "sources",
            "contexts",
            "status",
            "replacement");
    assertThat(lin.get("count").asInt()).isEqualTo(2);
    assertThat(lin.get("tag").asText()).isEqualTo("PERSON");
    assertThat(lin.get("contexts").get(0).get("hit").asText()).isEqualTo("Dr. Lin");
    assertThat(lin.get("contexts").get(0).get("right").asText()).startsWith(" said the ward");
  }

  @Test
  void mapAcceptRejectAreListedAndAppliedByExportDeidentified() throws IOException {
    Path copy = tmp.resolve("decided");
    copyTree(project, copy);
    assertThat(CliRun.of("deid", "map", copy.toString(), "Dr Lin", "[psychiatrist]").out())
        .contains("-> [psychiatrist 1]");
    assertThat(
            CliRun.of("deid", "accept", copy.toString(), "Kaohsiung General Hospital").exitCode())
        .isZero();
    assertThat(CliRun.of("deid", "reject", copy.toString(), "Tainan").exitCode()).isZero();
    CliRun list = CliRun.of("deid", "list", copy.toString(), "--json");
    assertThat(list.exitCode()).as(list.err()).isZero();
    JsonNode map = JSON.readTree(list.out());
    assertThat(map.fieldNames()).toIterable().containsExactlyInAnyOrder("entries", "names");
    JsonNode first = map.get("entries").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains("form", "tag", "decision", "replacement", "variants");
    assertThat(first.get("replacement").asText()).isEqualTo("[psychiatrist 1]");
    assertThat(map.get("entries").get(2).get("decision").asText()).isEqualTo("REJECTED");
    assertThat(CliRun.of("deid", "list", copy.toString()).out()).contains("Tainan", "rejected");
    Path out = tmp.resolve("project.qdpx");
    CliRun export =
        CliRun.of(
            "export",
            copy.toString(),
            "--what",
            "project",
            "--format",
            "qdpx",
            "--out",
            out.toString(),
            "--deidentified");
    assertThat(export.exitCode()).as(export.err()).isZero();
    String text = ExportText.of(Files.readAllBytes(out), "qdpx");
    assertThat(text).contains("[psychiatrist 1] said", "[organisation 1] was full", "Tainan");
    assertThat(text).doesNotContain("Lin", "Kaohsiung");
  }

  @Test
  void aFormTheScanDidNotFindExitsWithOneAndSaysSo() {
    CliRun run = CliRun.of("deid", "accept", project.toString(), "Nobody Atall");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("'Nobody Atall' is not a form the scan found");
    assertThat(run.err()).doesNotContain("Exception");
    CliRun empty = CliRun.of("deid", "map", project.toString(), "Dr. Lin", " ");
    assertThat(empty.exitCode()).isEqualTo(1);
    assertThat(empty.err()).contains("the replacement for 'Dr. Lin' is empty");
    CliRun nothing = CliRun.of("deid", "accept", project.toString());
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("name the forms to accept, or --all-found");
    assertThat(Files.exists(project.resolve("deid-map.json"))).isFalse();
  }

  @Test
  void exportDeidentifiedWithNothingAcceptedExitsWithOne() {
    Path out = tmp.resolve("none.csv");
    CliRun run =
        CliRun.of(
            "export",
            project.toString(),
            "--what",
            "participants",
            "--format",
            "csv",
            "--out",
            out.toString(),
            "--deidentified");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no form is accepted");
    assertThat(Files.exists(out)).isFalse();
  }

  private static JsonNode find(JsonNode forms, String surface) {
    for (JsonNode f : forms) {
      for (JsonNode s : f.get("surfaces")) {
        if (s.asText().equals(surface)) {
          return f;
        }
      }
    }
    throw new AssertionError(surface + " not in " + forms);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var all = Files.walk(from)) {
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
}
