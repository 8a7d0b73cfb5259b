package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim export} on the demo study, as the "done when" runs it. */
class ExportCommandIT {
  @TempDir static Path tmp;
  static Path demo;

  @BeforeAll
  static void build() {
    demo = tmp.resolve("verbatim-demo");
    assertThat(CliRun.of("demo", demo.toString(), "--no-serve").exitCode()).isZero();
  }

  @Test
  void the_demo_table_2_is_written_as_docx_with_attributed_quotes() throws IOException {
    Path t2 = tmp.resolve("t2.docx");
    CliRun run =
        CliRun.of(
            "export",
            demo.toString(),
            "--what",
            "themes",
            "--format",
            "docx",
            "--out",
            t2.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote");
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(t2));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("Table 2. Themes and subthemes")
          .contains("(Nurse Y)")
          .contains("所以很多時候我們不是在做復元，我們是在滅火。")
          .contains("Translation: ");
    }
  }

  @Test
  void an_existing_file_is_kept_without_force_and_replaced_with_it() throws IOException {
    Path file = tmp.resolve("t1.md");
    Files.writeString(file, "keep");
    CliRun refused =
        CliRun.of(
            "export",
            demo.toString(),
            "--what",
            "participants",
            "--format",
            "md",
            "--out",
            file.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("t1.md").contains("--force").hasLineCount(1);
    assertThat(Files.readString(file)).isEqualTo("keep");
    CliRun forced =
        CliRun.of(
            "export",
            demo.toString(),
            "--what",
            "participants",
            "--format",
            "md",
            "--out",
            file.toString(),
            "--force");
    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readString(file)).startsWith("# Table 1. Participants");
  }

  @Test
  void bad_input_exits_1_with_one_line_and_writes_nothing() throws IOException {
    Path out = tmp.resolve("bad");
    Files.createDirectories(out);
    CliRun what =
        CliRun.of(
            "export",
            demo.toString(),
            "--what",
            "tables",
            "--format",
            "md",
            "--out",
            out.resolve("x.md").toString());
    assertThat(what.exitCode()).as("an unknown export is a usage error").isEqualTo(2);
    assertThat(what.err()).contains("'tables'").contains("themes");
    CliRun by =
        CliRun.of(
            "export",
            demo.toString(),
            "--what",
            "participants",
            "--format",
            "xlsx",
            "--by",
            "height",
            "--out",
            out.resolve("x.xlsx").toString());
    assertThat(by.exitCode()).isEqualTo(1);
    assertThat(by.err()).contains("height").contains("discipline");
    CliRun format =
        CliRun.of(
            "export",
            demo.toString(),
            "--what",
            "member-check",
            "--format",
            "md",
            "--out",
            out.resolve("x.md").toString());
    assertThat(format.exitCode()).as("an unknown format is a usage error").isEqualTo(2);
    assertThat(format.err()).contains("docx");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).isEmpty();
    }
  }
}
