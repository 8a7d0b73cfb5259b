package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbatim export … --format qdpx|qdc} and {@code verbatim import DIR FILE.qdpx|FILE.qdc}
 * through the real command line: a project goes out and comes back, bad requests exit 1 or 2 with
 * one line on stderr.
 */
class InterchangeCommandIT {
  @TempDir Path tmp;

  private Path project() throws Exception {
    Path project = tmp.resolve("proj");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
    Path doc =
        Files.writeString(
            tmp.resolve("P01.txt"),
            "Interviewer: How did it start? 😀\nNurse K: 慢慢地. Slowly.\n",
            StandardCharsets.UTF_8);
    assertThat(CliRun.of("import", project.toString(), doc.toString()).exitCode()).isZero();
    return project;
  }

  @Test
  void a_project_exported_as_qdpx_imports_into_a_new_folder() throws Exception {
    Path project = project();
    Path out = tmp.resolve("p.qdpx");
    CliRun export =
        CliRun.of(
            "export",
            project.toString(),
            "--what",
            "project",
            "--format",
            "qdpx",
            "--out",
            out.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out()).contains("wrote " + out).contains("1 documents");
    CliRun again =
        CliRun.of(
            "export",
            project.toString(),
            "--what",
            "project",
            "--format",
            "qdpx",
            "--out",
            out.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err().strip())
        .startsWith("verbatim: ")
        .contains("exists already")
        .doesNotContain("\n");
    assertThat(
            CliRun.of(
                    "export",
                    project.toString(),
                    "--what",
                    "project",
                    "--format",
                    "qdpx",
                    "--out",
                    out.toString(),
                    "--force")
                .exitCode())
        .isZero();
    Path copy = tmp.resolve("copy");
    CliRun imported = CliRun.of("import", copy.toString(), out.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("1 documents");
    CliRun docs = CliRun.of("documents", copy.toString());
    assertThat(docs.out()).contains("P01");
  }

  @Test
  void an_unknown_what_and_format_pair_is_a_usage_error() throws Exception {
    Path project = project();
    CliRun r =
        CliRun.of(
            "export",
            project.toString(),
            "--what",
            "codebook",
            "--format",
            "qdpx",
            "--out",
            tmp.resolve("x").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--what codebook --format qdc");
  }

  @Test
  void a_codebook_with_no_codes_is_refused_and_a_broken_package_leaves_no_project()
      throws Exception {
    Path project = project();
    CliRun r =
        CliRun.of(
            "export",
            project.toString(),
            "--what",
            "codebook",
            "--format",
            "qdc",
            "--out",
            tmp.resolve("c.qdc").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("no codes");
    Path broken = Files.write(tmp.resolve("broken.qdpx"), new byte[] {1, 2, 3});
    Path target = tmp.resolve("never");
    CliRun bad = CliRun.of("import", target.toString(), broken.toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("broken.qdpx").contains("not a zip archive");
    assertThat(target).doesNotExist();
  }
}
