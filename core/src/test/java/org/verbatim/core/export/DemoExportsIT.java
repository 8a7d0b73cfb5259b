package org.verbatim.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.Quote;
import org.verbatim.core.project.Project;
import org.verbatim.core.quotes.QuoteService;
import org.verbatim.core.testing.DemoProject;

/** Every export of the demo study, in every format, read back and compared with its model. */
class DemoExportsIT {
  @TempDir static Path tmp;
  static Path demo;
  static final ExportRegistry REGISTRY = ExportRegistry.standard();
  static final List<String> TABLES =
      List.of(
          "themes", "participants", "codebook", "segments", "matrix", "cooccurrence", "saturation");

  @BeforeAll
  static void load() {
    demo = DemoProject.load(tmp.resolve("demo"));
  }

  @Test
  void every_table_export_in_every_format_reads_back_as_its_model() throws IOException {
    try (Project p = Project.open(demo)) {
      for (String what : TABLES) {
        ExportDocument model =
            REGISTRY.tableSource(what).orElseThrow().apply(p.store(), ExportOptions.defaults());
        for (ExportFormat format : ExportFormat.values()) {
          Path file = tmp.resolve(what + "." + format.extension());
          REGISTRY
              .find(what, format.extension())
              .writeTo(file, p.store(), ExportOptions.defaults(), true);
          assertThat(ReadBack.tables(format, Files.readAllBytes(file), model))
              .as(what + " as " + format)
              .isEqualTo(ReadBack.expected(model));
        }
      }
    }
  }

  /** Every pinned quote shown in Table 2 and its attribution, as the table prints them. */
  static List<String> shownQuotes(Project p) {
    List<String> out = new ArrayList<>();
    for (Quote q :
        MemberCheckPackets.used(p.store().quotes().list(), ExportOptions.DEFAULT_QUOTES_PER_NODE)) {
      Document d = p.store().documents().get(q.document()).orElseThrow();
      out.add(q.text(d.text()));
      out.add("(" + p.store().participants().forDocument(d.id()).orElseThrow().label() + ")");
      q.translation().ifPresent(t -> out.add(t.text()));
    }
    return out;
  }

  @Test
  void table_2_holds_every_pinned_quote_with_attribution_and_chinese_intact_in_every_format()
      throws IOException {
    try (Project p = Project.open(demo)) {
      List<String> expected = shownQuotes(p);
      assertThat(expected).anyMatch(s -> s.matches(".*\\p{IsHan}.*"));
      assertThat(expected).anyMatch(s -> s.contains(" … "));
      for (ExportFormat format : ExportFormat.values()) {
        Path file = tmp.resolve("t2." + format.extension());
        REGISTRY
            .find("themes", format.extension())
            .writeTo(file, p.store(), ExportOptions.defaults(), true);
        ExportDocument model =
            REGISTRY.tableSource("themes").orElseThrow().apply(p.store(), ExportOptions.defaults());
        String all =
            String.join(
                "\n",
                ReadBack.tables(format, Files.readAllBytes(file), model).get(0).stream()
                    .flatMap(List::stream)
                    .toList());
        for (String piece : expected) {
          assertThat(all).as(format + " holds " + piece).contains(piece);
        }
      }
    }
  }

  @Test
  void options_pick_columns_quote_language_and_quotes_per_node() {
    try (Project p = Project.open(demo)) {
      ExportOptions only =
          new ExportOptions(
              Optional.of("mei"),
              Optional.empty(),
              false,
              false,
              1,
              ExportOptions.QuoteLanguage.TRANSLATION,
              List.of("subtheme", "quotes"),
              false);
      ExportTable t = ThemeTable.document(p.store(), only).tables().get(0);
      assertThat(t.headers()).containsExactly("Subtheme", "Illustrative quotes");
      ExportOptions translations =
          new ExportOptions(
              Optional.empty(),
              Optional.empty(),
              false,
              false,
              3,
              ExportOptions.QuoteLanguage.TRANSLATION,
              List.of(),
              false);
      String cells = ThemeTable.document(p.store(), translations).tables().get(0).rows().toString();
      assertThat(cells).doesNotContain("Translation:").doesNotContain("後來有上課");
      assertThat(cells).contains("“Later I went on a course");
      assertThat(ThemeTable.document(p.store(), only).facts()).contains("Layer: mei");
      for (ExportTable.Row row : t.rows()) {
        String quotes = row.cells().get(1).display(ExportTable.Kind.TEXT);
        assertThat(quotes.isEmpty() ? 0 : quotes.split("\n").length).isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void member_check_packets_hold_each_participants_transcript_and_their_quoted_words()
      throws IOException {
    try (Project p = Project.open(demo)) {
      ByteArrayOutputStream zip = new ByteArrayOutputStream();
      new MemberCheckPackets().write(p.store(), ExportOptions.defaults(), zip);
      Map<String, String> texts = new java.util.TreeMap<>();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(in.readAllBytes()));
              XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            texts.put(e.getName(), x.getText());
          }
        }
      }
      assertThat(texts).hasSize(12).containsKey("member-check-Nurse-Y.docx");
      String nurseY = texts.get("member-check-Nurse-Y.docx");
      assertThat(nurseY).contains("Summary of the themes").contains("Recovery as contested ground");
      assertThat(nurseY).contains("所以很多時候我們不是在做復元，我們是在滅火。");
      assertThat(nurseY).contains("Your comments");
      assertThat(nurseY).doesNotContain("The first is what I would call clinical recovery");
      Path folder = tmp.resolve("packets");
      new MemberCheckPackets().writeTo(folder, p.store(), ExportOptions.defaults(), false);
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.count()).isEqualTo(12);
      }
      try (Stream<Path> siblings = Files.list(tmp)) {
        assertThat(siblings.map(x -> x.getFileName().toString()))
            .noneMatch(n -> n.startsWith(".packets"));
      }
    }
  }

  @Test
  void the_docx_theme_table_converts_to_a_pdf_holding_every_pinned_quote_and_attribution()
      throws Exception {
    Optional<Path> soffice = onPath("libreoffice").or(() -> onPath("soffice"));
    Optional<Path> pdftotext = onPath("pdftotext");
    if (soffice.isEmpty() || pdftotext.isEmpty()) {
      System.err.println(
          "DemoExportsIT: skipping the PDF check: libreoffice or pdftotext is not installed");
    }
    assumeThat(soffice).as("libreoffice on PATH").isPresent();
    assumeThat(pdftotext).as("pdftotext on PATH").isPresent();
    try (Project p = Project.open(demo)) {
      Path out = tmp.resolve("pdf");
      Files.createDirectories(out);
      Path docx = out.resolve("t2.docx");
      REGISTRY.find("themes", "docx").writeTo(docx, p.store(), ExportOptions.defaults(), true);
      run(
          soffice.get().toString(),
          "-env:UserInstallation=file://" + tmp.resolve("lo-profile"),
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          out.toString(),
          docx.toString());
      run(
          pdftotext.get().toString(),
          "-raw",
          out.resolve("t2.pdf").toString(),
          out.resolve("t2.txt").toString());
      // PDF text breaks lines where the page does; compare without whitespace
      // and drop what a page break puts inside a row: the footer and the repeated header row
      String text =
          Files.readString(out.resolve("t2.txt"), StandardCharsets.UTF_8)
              .replaceAll("\\s+", "")
              .replaceAll(
                  "Page\\d+of\\d+(ThemeSubthemeDefinitionParticipantsIllustrativequotes)?", "");
      for (String piece : shownQuotes(p)) {
        assertThat(text).as("PDF holds " + piece).contains(piece.replaceAll("\\s+", ""));
      }
    }
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(180, TimeUnit.SECONDS))
        .as("finished: " + String.join(" ", command))
        .isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }

  static Optional<Path> onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Test
  void attribution_follows_the_projects_pattern() {
    try (Project p = Project.open(demo)) {
      assertThat(new QuoteService(p.store()).attribution().pattern()).isEqualTo("{label}");
    }
  }
}
