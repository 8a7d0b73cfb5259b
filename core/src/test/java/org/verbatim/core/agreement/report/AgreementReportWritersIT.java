package org.verbatim.core.agreement.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.agreement.project.AgreementCode;
import org.verbatim.core.agreement.project.AgreementInput;
import org.verbatim.core.agreement.project.AgreementUnit;
import org.verbatim.core.agreement.project.InputDocument;
import org.verbatim.core.agreement.project.ProjectAgreement;
import org.verbatim.core.agreement.project.SkippedDocument;
import org.verbatim.core.model.InvalidInputException;

/** The XLSX and HTML agreement reports read back as written, with hostile names escaped. */
class AgreementReportWritersIT {
  private static final String HOSTILE = "<script>alert('x')</script> & \"co\"";

  @TempDir Path dir;

  @Test
  void xlsxHasASheetPerSectionBoldHeadersAndNumericCellsWithThreeDecimals() throws Exception {
    Path file = dir.resolve("report.xlsx");
    AgreementReportXlsxWriter.write(layout(), file);
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(sheetNames(book))
          .containsExactly("Summary", "Codes", "Pooled", "Documents", "Skipped");
      Sheet codes = book.getSheet("Codes");
      Row header = codes.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("code");
      assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue())
          .isEqualTo("notes");
      Row first = codes.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo(HOSTILE);
      assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(4.0);
      int alpha = column(header, "alpha");
      assertThat(first.getCell(alpha).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(alpha).getCellStyle().getDataFormatString()).isEqualTo("0.000");
      assertThat(first.getCell(column(header, "% agreement")).getCellStyle().getDataFormatString())
          .isEqualTo("0.0%");
      Row unused = codes.getRow(2);
      assertThat(unused.getCell(alpha).getStringCellValue()).isEqualTo("n/a");
      assertThat(unused.getCell(header.getLastCellNum() - 1).getStringCellValue())
          .contains("no selected coder used this code");
      assertThat(book.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
          .contains("Inter-coder agreement");
    }
    assertThat(Files.list(dir)).containsExactly(file);
  }

  @Test
  void htmlIsStandaloneAndEscapesEveryName() throws Exception {
    Path file = dir.resolve("report.html");
    AgreementReportHtmlWriter.write(layout(), file);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script");
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;")
        .contains("<th>alpha</th>")
        .contains("<td class=\"na\">n/a</td>")
        .contains("D&lt;2&gt;");
  }

  @Test
  void theHtmlSummaryPairsEachLabelWithItsValueInOneTableRow() {
    AgreementLayout layout = layout();
    String html = AgreementReportHtmlWriter.html(layout);
    assertThat(layout.facts()).isNotEmpty();
    assertThat(html).contains("<table class=\"summary\">").doesNotContain("<dl>");
    for (AgreementLayout.Fact fact : layout.facts()) {
      assertThat(html)
          .contains(
              "<tr><th scope=\"row\">"
                  + AgreementReportHtmlWriter.escape(fact.label())
                  + "</th><td>"
                  + AgreementReportHtmlWriter.escape(fact.value())
                  + "</td></tr>");
    }
  }

  @Test
  void anUnwritableTargetIsRefusedByNameAndLeavesNothingBehind() {
    assertThatThrownBy(() -> AgreementReportHtmlWriter.write(layout(), dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(dir.toString());
    Path missing = dir.resolve("no/such/folder/report.xlsx");
    assertThatThrownBy(() -> AgreementReportXlsxWriter.write(layout(), missing))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("report.xlsx");
  }

  /** Two coders, two codes (one hostile name, one unused), one document. */
  private static AgreementLayout layout() {
    InputDocument doc =
        InputDocument.builder("D<1>", 40)
            .unit(0, 10)
            .unit(10, 20)
            .unit(20, 30)
            .unit(30, 40)
            .coding(0, 0, 0, 15)
            .coding(1, 0, 0, 5)
            .coding(0, 0, 30, 35)
            .coding(1, 0, 22, 25)
            .build(2);
    AgreementInput input =
        new AgreementInput(
            List.of("A", "B"),
            AgreementUnit.SENTENCE,
            0,
            List.of(AgreementCode.topLevel(HOSTILE), AgreementCode.topLevel("Unused")),
            List.of(doc),
            List.of(new SkippedDocument("D<2>", List.of("B"))));
    return AgreementLayout.of(ProjectAgreement.compute(input), "project <x>");
  }

  private static List<String> sheetNames(XSSFWorkbook book) {
    return java.util.stream.IntStream.range(0, book.getNumberOfSheets())
        .mapToObj(book::getSheetName)
        .toList();
  }

  private static int column(Row header, String name) {
    for (int c = 0; c < header.getLastCellNum(); c++) {
      if (header.getCell(c).getStringCellValue().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no column " + name);
  }
}
