package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme and evidence commands on the demo study, run as a user runs them. */
class ThemesCommandIT {
  @TempDir static Path tmp;
  static String demo;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void buildDemo() {
    demo = tmp.resolve("demo").toString();
    CliRun run = CliRun.of("demo", demo, "--no-serve");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void themes_json_prints_the_demo_tree_with_participants_of_the_project() throws Exception {
    JsonNode tree = json("themes", demo, "--json");
    assertThat(tree.get("layer").asText()).isEqualTo("all coders (james, mei) (default)");
    assertThat(tree.get("themes")).hasSize(3);
    JsonNode first = tree.get("themes").get(0);
    assertThat(first.get("name").asText()).isEqualTo("Recovery as contested ground");
    assertThat(first.get("children")).hasSize(3);
    JsonNode sub = first.get("children").get(0);
    for (String key :
        new String[] {"name", "definition", "status", "codes", "participants", "of", "children"}) {
      assertThat(sub.has(key)).as(key).isTrue();
    }
    assertThat(sub.get("of").asInt()).isEqualTo(12);
    assertThat(sub.get("participants").asInt()).isBetween(1, 12);
    assertThat(sub.get("codes").get(0).isTextual()).isTrue();
  }

  @Test
  void building_a_theme_from_the_command_line_then_listing_its_passages() throws Exception {
    CliRun add =
        CliRun.of(
            "themes", "add", demo, "Trust in services", "--definition", "d", "--code", "Coercion");
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out()).contains("added theme 'Trust in services' at the top");
    assertThat(CliRun.of("themes", "link", demo, "Trust in services", "Hope").exitCode()).isZero();
    assertThat(
            CliRun.of(
                    "themes",
                    "move",
                    demo,
                    "Trust in services",
                    "--parent",
                    "The system pushes back")
                .exitCode())
        .isZero();
    CliRun status =
        CliRun.of(
            "themes", "status", demo, "Trust in services", "final", "--comment", "team meeting");
    assertThat(status.out()).contains("is now final");
    JsonNode passages =
        json(
            "segments",
            demo,
            "--theme",
            "Trust in services",
            "--layer",
            "mei",
            "--json",
            "--limit",
            "5");
    assertThat(passages.get("layer").asText()).isEqualTo("mei");
    assertThat(passages.get("total").asInt()).isGreaterThan(0);
    JsonNode p = passages.get("passages").get(0);
    assertThat(p.get("code").asText()).isIn("Coercion", "Hope");
    assertThat(p.get("coder").asText()).isEqualTo("mei");
    CliRun unlink = CliRun.of("themes", "unlink", demo, "Trust in services", "Hope", "Coercion");
    assertThat(unlink.exitCode()).as(unlink.err()).isZero();
    assertThat(CliRun.of("themes", "delete", demo, "Trust in services").exitCode()).isZero();
  }

  @Test
  void bad_theme_changes_exit_1_with_one_line_naming_the_problem() {
    CliRun cycle =
        CliRun.of(
            "themes", "move", demo, "The system pushes back", "--parent", "Who gets to decide");
    assertThat(cycle.exitCode()).isEqualTo(1);
    assertThat(cycle.err().strip())
        .isEqualTo(
            "verbatim: cannot move theme 'The system pushes back' under its own subtheme 'Who gets to decide'");
    CliRun unknown = CliRun.of("themes", "link", demo, "Who gets to decide", "No such code");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("verbatim: unknown code 'No such code'; codes are ");
    CliRun blank = CliRun.of("themes", "add", demo, " ");
    assertThat(blank.exitCode()).isEqualTo(1);
    assertThat(blank.err().strip()).isEqualTo("verbatim: theme name must not be blank");
    CliRun layer = CliRun.of("themes", demo, "--layer", "nobody");
    assertThat(layer.exitCode()).isEqualTo(1);
    assertThat(layer.err()).contains("unknown coder 'nobody'; coders in this project: james, mei");
  }

  @Test
  void analyze_gives_a_matrix_by_discipline_cooccurrence_and_saturation() throws Exception {
    JsonNode matrix = json("analyze", demo, "matrix", "--by", "discipline", "--json");
    assertThat(matrix.get("attribute").asText()).isEqualTo("discipline");
    assertThat(matrix.get("columns").size()).isGreaterThan(1);
    int total = 0;
    for (JsonNode t : matrix.get("columnTotals")) {
      total += t.asInt();
    }
    assertThat(total).isEqualTo(12);
    JsonNode cooc = json("analyze", demo, "cooccurrence", "--json");
    int n = cooc.get("codes").size();
    assertThat(cooc.get("jaccard")).hasSize(n);
    assertThat(cooc.get("jaccard").get(0).get(0).asDouble()).isEqualTo(1.0);
    JsonNode sat = json("analyze", demo, "saturation", "--layer", "mei", "--json");
    assertThat(sat.get("steps")).hasSize(12);
    assertThat(sat.get("rule").asText()).contains("3 successive interviews");
    CliRun csv = CliRun.of("analyze", demo, "prevalence", "--csv");
    assertThat(csv.out())
        .startsWith("# layer: all coders (james, mei) (default)\r\ntheme,depth,status");
  }

  @Test
  void agreement_on_themes_compares_coders_per_top_level_theme() throws Exception {
    JsonNode report = json("agreement", demo, "--coders", "mei,james", "--themes", "--json");
    assertThat(report.get("codes")).hasSize(3);
    CliRun noThemes = CliRun.of("agreement", demo, "--coders", "mei,james", "--depth", "1");
    assertThat(noThemes.exitCode()).isEqualTo(2);
  }
}
