package org.verbatim.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.core.export.ExportTable.Cell;
import org.verbatim.core.export.ExportTable.Column;
import org.verbatim.core.export.ExportTable.Kind;
import org.verbatim.core.export.ExportTable.Row;
import org.verbatim.core.model.ConflictException;

class TableWritersIT {
  @TempDir Path folder;

  static ExportDocument sample() {
    ExportTable themes =
        new ExportTable(
            "Table 2. Themes | subthemes",
            "Themes",
            List.of(
                Column.text("Theme"),
                Column.text("Quotes"),
                Column.integer("n"),
                new Column("Share", Kind.PERCENT),
                new Column("Mean", Kind.DECIMAL)),
            List.of(
                Row.of(
                    Cell.text("Recovery as contested ground"),
                    Cell.empty(),
                    Cell.number(9),
                    Cell.number(0.75),
                    Cell.number(13.5833)),
                new Row(
                    List.of(
                        Cell.text("Two languages | of recovery"),
                        Cell.text(
                            "\u201c我們說的復元，其實是讓他自己決定。\u201d (Occupational Therapist C)\n"
                                + "\u201cA pipe | a backslash \\ and <script>alert(1)</script> & co\u201d"
                                + " (Nurse K)"),
                        Cell.number(4),
                        Cell.number(1.0 / 3),
                        Cell.number(-0.0001)),
                    1)),
            List.of("n: participants supporting the subtheme, of 12."));
    List<Column> wide = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      wide.add(Column.integer("code " + i));
    }
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      cells.add(Cell.number(i % 2));
    }
    ExportTable matrix =
        new ExportTable("Matrix", "Matrix", wide, List.of(new Row(cells, 0)), List.of());
    return new ExportDocument(
        "Table 2. Themes | subthemes", List.of("Layer: all coders"), List.of(themes, matrix));
  }

  private byte[] written(ExportFormat format, ExportDocument doc) throws IOException {
    Path file = folder.resolve("out." + format.extension());
    Exports.write(doc, format, file, true, format == ExportFormat.CSV);
    return Files.readAllBytes(file);
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void every_format_reads_back_as_the_model_with_chinese_and_pipes_intact(ExportFormat format)
      throws IOException {
    ExportDocument doc = sample();
    List<List<List<String>>> read = ReadBack.tables(format, written(format, doc), doc);
    assertThat(read).isEqualTo(ReadBack.expected(doc));
    assertThat(read.get(0).get(2).get(1)).contains("我們說的復元").contains("<script>");
    assertThat(read.get(0).get(2).get(4)).isEqualTo("0.00");
  }

  @Test
  void docx_repeats_the_header_row_numbers_pages_turns_landscape_and_sets_an_east_asian_font()
      throws Exception {
    byte[] bytes = written(ExportFormat.DOCX, sample());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertThat(doc.getTables()).hasSize(2);
      assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
      assertThat(doc.getTables().get(0).getRow(1).isRepeatHeader()).isFalse();
      var size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(((java.math.BigInteger) size.getW()).intValue())
          .isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
      String footer = doc.getFooterArray(0).getParagraphs().get(0).getCTP().xmlText();
      assertThat(footer).contains("PAGE").contains("NUMPAGES");
      assertThat(doc.getStyles().getStyle(DocxPages.HEADING_1)).isNotNull();
      String styles = doc.getStyle().xmlText();
      assertThat(styles).contains("w:eastAsia=\"" + DocxPages.EAST_ASIAN_FONT + "\"");
    }
  }

  @Test
  void docx_of_narrow_tables_stays_portrait() throws IOException {
    ExportDocument narrow = ExportDocument.of(sample().tables().get(0), List.of());
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(written(ExportFormat.DOCX, narrow)))) {
      var size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(((java.math.BigInteger) size.getW()).intValue())
          .isLessThan(((java.math.BigInteger) size.getH()).intValue());
    }
  }

  @Test
  void xlsx_has_typed_cells_a_frozen_filtered_header_one_sheet_per_table_and_about()
      throws IOException {
    byte[] bytes = written(ExportFormat.XLSX, sample());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      assertThat(workbook.getSheetName(0)).isEqualTo("Themes");
      assertThat(workbook.getSheetName(2)).isEqualTo("About");
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
      assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1.0 / 3);
      assertThat(sheet.getRow(2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(2));
      assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Layer: all coders");
    }
  }

  @Test
  void csv_is_rfc4180_with_crlf_and_an_optional_byte_order_mark() throws IOException {
    ExportDocument one = ExportDocument.of(sample().tables().get(0), List.of());
    byte[] bom = written(ExportFormat.CSV, one);
    assertThat(bom[0] & 0xff).isEqualTo(0xEF);
    String text = new String(bom, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFTheme,Quotes,n,Share,Mean\r\n");
    Path plain = folder.resolve("plain.csv");
    Exports.write(one, ExportFormat.CSV, plain, true, false);
    assertThat(Files.readString(plain)).startsWith("Theme,Quotes");
  }

  @Test
  void html_is_standalone_escaped_and_has_a_print_style() throws IOException {
    String html = new String(written(ExportFormat.HTML, sample()), StandardCharsets.UTF_8);
    var page = Jsoup.parse(html);
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("link, img, iframe")).isEmpty();
    assertThat(page.select("style").html()).contains("@media print").contains("table-header-group");
    assertThat(page.title()).isEqualTo("Table 2. Themes | subthemes");
    assertThat(html).contains("&lt;script&gt;");
  }

  @Test
  void markdown_escapes_pipes_and_markup() throws IOException {
    String md = new String(written(ExportFormat.MD, sample()), StandardCharsets.UTF_8);
    assertThat(md).contains("Two languages \\| of recovery").doesNotContain("<script>");
    assertThat(md).contains("| --- | --- | ---: | ---: | ---: |");
  }

  @Test
  void an_existing_file_is_kept_unless_replacing_is_allowed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t2.md");
    Files.writeString(file, "keep me");
    assertThatThrownBy(() -> Exports.write(sample(), ExportFormat.MD, file, false, false))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("t2.md")
        .hasMessageContaining("already exists");
    assertThat(Files.readString(file)).isEqualTo("keep me");
    Exports.write(sample(), ExportFormat.MD, file, true, false);
    assertThat(Files.readString(file)).startsWith("# Table 2");
  }

  @Test
  void a_failed_export_leaves_nothing_behind(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t2.docx");
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    file,
                    out -> {
                      out.write(new byte[1000]);
                      throw new IOException("disk full");
                    },
                    false))
        .hasMessageContaining("t2.docx")
        .hasMessageContaining("disk full");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void refusesToWriteIntoAFolderThatDoesNotExistSayingWhichFolder(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("t2.docx");
    assertThatThrownBy(() -> AtomicFile.write(file, out -> out.write(1), false))
        .isInstanceOf(org.verbatim.core.model.InvalidInputException.class)
        .hasMessageContaining("t2.docx")
        .hasMessageContaining("the folder " + dir.resolve("missing").toAbsolutePath())
        .hasMessageContaining("does not exist");
    assertThat(Files.exists(dir.resolve("missing"))).isFalse();
  }
}
