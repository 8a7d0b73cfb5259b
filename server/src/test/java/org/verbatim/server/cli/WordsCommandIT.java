package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.Span;
import org.verbatim.core.project.Project;

/** {@code verbatim words}: frequencies, distinctive words, JSON keys, files and exit codes. */
class WordsCommandIT {
  @TempDir static Path tmp;
  static Path project;
  static final ObjectMapper JSON = new ObjectMapper();
  static final String COMMON = "The ward was busy and the nurse spoke about the clinic. ";
  static final String PLANTED = "A kaleidoscope, the kaleidoscope of days, a kaleidoscope. ";

  @BeforeAll
  static void build() throws IOException {
    project = tmp.resolve("p");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
    Path one =
        Files.writeString(
            tmp.resolve("P01.txt"),
            "Interviewer: " + COMMON + "\n\nNurse K: " + COMMON + PLANTED + "\n");
    Path two =
        Files.writeString(
            tmp.resolve("P02.txt"), "Interviewer: " + COMMON + "\n\nNurse L: " + COMMON + "\n");
    CliRun run = CliRun.of("import", project.toString(), one.toString(), two.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Project p = Project.open(project)) {
      var store = p.store();
      var doc = store.documents().list().get(0);
      String text = store.documents().get(doc.id()).orElseThrow().text();
      int start = text.indexOf("Nurse K: ") + "Nurse K: ".length();
      var code =
          store.codes().create(new NewCode(Optional.empty(), "Metaphors", "", "#336699"), "t");
      var coder = store.coders().ensure("mei", "t");
      store
          .codings()
          .addAll(
              List.of(
                  new NewCoding(
                      doc.id(),
                      code.id(),
                      coder.id(),
                      new Span(start, text.indexOf(PLANTED) + PLANTED.length()),
                      "")),
              "t");
    }
  }

  @Test
  void jsonGivesOneObjectPerWordWithWordAndCountAsCountedByHand() throws IOException {
    CliRun run = CliRun.of("words", project.toString(), "--json", "--limit", "100");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode words = JSON.readTree(run.out());
    assertThat(words.isArray()).isTrue();
    assertThat(words.get(0).fieldNames()).toIterable().containsExactly("word", "count");
    // four turns of COMMON say ward, busy, nurse, speak, clinic once each; labels are not speech
    assertThat(count(words, "ward")).isEqualTo(4);
    assertThat(count(words, "clinic")).isEqualTo(4);
    assertThat(count(words, "kaleidoscope")).isEqualTo(3);
    assertThat(count(words, "interviewer")).isZero();

    CliRun doc = CliRun.of("words", project.toString(), "--doc", "P02", "--json");
    assertThat(count(JSON.readTree(doc.out()), "ward")).isEqualTo(2);
    assertThat(count(JSON.readTree(doc.out()), "kaleidoscope")).isZero();

    CliRun table = CliRun.of("words", project.toString(), "--limit", "3");
    assertThat(table.out()).contains("Scope: the whole project", "clinic", "4", "24 words counted");
  }

  @Test
  void distinctiveWordsOfACodeRankThePlantedWordFirstWithKeyness() throws IOException {
    CliRun run =
        CliRun.of("words", project.toString(), "--code", "Metaphors", "--distinctive", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode words = JSON.readTree(run.out());
    assertThat(words.get(0).get("word").asText()).isEqualTo("kaleidoscope");
    assertThat(words.get(0).get("count").asInt()).isEqualTo(3);
    assertThat(words.get(0).get("keyness").asDouble()).isPositive();
    assertThat(words.get(0).fieldNames()).toIterable().contains("word", "count", "keyness");

    CliRun plain = CliRun.of("words", project.toString(), "--code", "Metaphors", "--distinctive");
    assertThat(plain.out()).contains("passages of code Metaphors", "Layer:", "kaleidoscope");
  }

  @Test
  void writesTheFrequencyTableAsXlsxAndKeepsAnExistingFile() throws IOException {
    Path file = tmp.resolve("words.xlsx");
    CliRun run = CliRun.of("words", project.toString(), "--out", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet("Words");
      assertThat(sheet).isNotNull();
      boolean found = false;
      for (Row row : sheet) {
        if (row.getCell(1) != null && "ward".equals(row.getCell(1).toString())) {
          assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(4.0);
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
    CliRun again = CliRun.of("words", project.toString(), "--out", file.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("already exists", "--force");
  }

  @Test
  void badRequestsExitWithAMessageNamingTheProblem() {
    CliRun both =
        CliRun.of("words", project.toString(), "--code", "Metaphors", "--theme", "Anything");
    assertThat(both.exitCode()).isEqualTo(2);
    CliRun noCode = CliRun.of("words", project.toString(), "--distinctive");
    assertThat(noCode.exitCode()).isEqualTo(1);
    assertThat(noCode.err()).contains("--code or --theme");
    CliRun unknown = CliRun.of("words", project.toString(), "--code", "Nope");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("Nope");
    CliRun doc = CliRun.of("words", project.toString(), "--doc", "P99");
    assertThat(doc.exitCode()).isEqualTo(1);
    assertThat(doc.err()).contains("P99");
    CliRun ext = CliRun.of("words", project.toString(), "--out", tmp.resolve("w.txt").toString());
    assertThat(ext.exitCode()).isEqualTo(1);
    assertThat(ext.err()).contains("w.txt", "must end in");
    assertThat(Files.exists(tmp.resolve("w.txt"))).isFalse();
  }

  private static int count(JsonNode words, String word) {
    for (JsonNode w : words) {
      if (w.get("word").asText().equals(word)) {
        return w.get("count").asInt();
      }
    }
    return 0;
  }
}
