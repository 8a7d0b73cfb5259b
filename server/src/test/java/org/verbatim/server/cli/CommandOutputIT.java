package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command prints what the user asked for: log lines (CoreNLP's, POI's, the project's) only with
 * {@code --verbose}; a refused file is one line; an unknown filter is an error, not "0 hits".
 */
class CommandOutputIT {
  @TempDir Path tmp;
  Path project;

  @BeforeEach
  void init() {
    project = tmp.resolve("project");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
  }

  private Path transcript() throws IOException {
    return Files.writeString(
        tmp.resolve("P01.txt"),
        "Interviewer: How did peer support start?\nNurse K: Slowly. We were wary at first.\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void importAndSearchPrintNoLogLinesUnlessVerbose() throws Exception {
    ChildCli quiet =
        ChildCli.run(tmp, "256m", "import", project.toString(), transcript().toString());
    assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    // what the user asked for: the import line and the speakers found, and no log line
    assertThat(quiet.out().strip().lines())
        .hasSize(2)
        .satisfiesExactly(
            l -> assertThat(l).startsWith("imported "),
            l -> assertThat(l).startsWith("  speakers: "));
    assertThat(quiet.err()).doesNotContain("INFO").doesNotContain("Adding annotator");

    ChildCli search = ChildCli.run(tmp, "256m", "search", project.toString(), "support");
    assertThat(search.exitCode()).as(search.err()).isZero();
    assertThat(search.err().strip()).isEqualTo("1 hits");

    Path second =
        Files.writeString(
            tmp.resolve("P02.txt"),
            "Interviewer: And later?\nNurse K: Better.\n",
            StandardCharsets.UTF_8);
    ChildCli verbose =
        ChildCli.run(tmp, "256m", "import", project.toString(), second.toString(), "--verbose");
    assertThat(verbose.exitCode()).as(verbose.err()).isZero();
    assertThat(verbose.err()).contains("INFO").contains("Adding annotator");
  }

  @Test
  void aDocxWithADoctypeIsRefusedInOneLineWithoutAStackTrace() throws Exception {
    Path docx = tmp.resolve("xxe.docx");
    try (OutputStream out = Files.newOutputStream(docx);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                  + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    ChildCli r = ChildCli.run(tmp, "256m", "import", project.toString(), docx.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("verbatim: ").contains("xxe.docx").doesNotContain("\tat ");
  }

  @Test
  void searchingAnUnknownDocumentOrSpeakerIsAnErrorNamingIt() throws IOException {
    assertThat(CliRun.of("import", project.toString(), transcript().toString()).exitCode())
        .isZero();
    CliRun doc = CliRun.of("search", project.toString(), "support", "--doc", "P99");
    assertThat(doc.exitCode()).isEqualTo(1);
    assertThat(doc.err().strip()).isEqualTo("verbatim: no document named 'P99'");
    CliRun speaker = CliRun.of("search", project.toString(), "support", "--speaker", "Nobody");
    assertThat(speaker.exitCode()).isEqualTo(1);
    assertThat(speaker.err().strip()).isEqualTo("verbatim: no speaker 'Nobody' in any document");
    CliRun known =
        CliRun.of(
            "search", project.toString(), "support", "--speaker", "interviewer", "--doc", "p01");
    assertThat(known.exitCode()).as(known.err()).isZero();
    assertThat(known.out()).contains("support");
  }
}
