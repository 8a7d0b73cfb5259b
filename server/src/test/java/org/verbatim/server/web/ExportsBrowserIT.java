package org.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Theme;

/**
 * From the browser a researcher pins a candidate quote on the Themes page, leaves out its middle,
 * translates it, and downloads Table 2 (DOCX) and Table 1 (XLSX) through the nav's Export menu; the
 * downloaded files are read back with POI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportsBrowserIT {
  static final String KEPT_START = "Peer support kept me going through the night shifts";
  static final String ELIDED = ", because my colleagues always covered for each other";
  static final String KEPT_END = " when the ward was short of staff and the patients kept coming.";
  static final String P01 =
      "Interviewer: What helped?\nK: " + KEPT_START + ELIDED + KEPT_END + "\n";
  static final String P02 =
      "Interviewer: What helped?\nI: Talking to the other social workers after a hard visit"
          + " helped me to keep going, and we met every Friday to talk it all through together.\n";
  static final String P03 = "Interviewer: What helped?\nM: Mostly sleep.\n";
  static final String TRANSLATION = "同事的支持让我熬过了夜班";

  @TempDir static Path dir;
  static Path downloads;
  static WebProject web;
  static ChromeDriver browser;
  static long subtheme;

  @BeforeAll
  static void start() throws IOException {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    DocumentSummary p01 = web.importText("P01.txt", P01);
    DocumentSummary p02 = web.importText("P02.txt", P02);
    web.importText("P03.txt", P03);
    web.participants(
        "document,label,discipline,age",
        "P01,K,Nurse,30",
        "P02,I,Social Worker,42",
        "P03,M,Nurse,36");
    web.account("olivia", Role.OWNER);
    CodeId support = web.code("Peer support", "#2ca02c");
    String t1 = web.project().store().documents().get(p01.id()).orElseThrow().text();
    String t2 = web.project().store().documents().get(p02.id()).orElseThrow().text();
    int a = t1.indexOf(KEPT_START);
    web.codings("olivia", p01, support, List.of(new Span(a, t1.indexOf("coming.") + 7)));
    int b = t2.indexOf("Talking");
    web.codings("olivia", p02, support, List.of(new Span(b, t2.indexOf("together.") + 9)));
    Actor owner = new Actor("olivia", Role.OWNER, Optional.empty());
    Theme theme =
        web.project()
            .services()
            .themes()
            .create(
                owner, Optional.empty(), "Support at work", "Who keeps staff going.", List.of());
    subtheme =
        web.project()
            .services()
            .themes()
            .create(
                owner,
                Optional.of(theme.id()),
                "Colleagues carry each other",
                "Peers covering for each other.",
                List.of(support))
            .id()
            .value();
    web.start();
    downloads = Files.createDirectories(dir.resolve("downloads"));
    browser = Chromium.start(dir);
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    Chromium.signIn(browser, web, "olivia");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
  }

  @Test
  @Order(1)
  void a_candidate_is_pinned_trimmed_by_offsets_and_translated_on_the_themes_page()
      throws Exception {
    browser.get(web.url("/themes.html#view=tree&theme=" + subtheme));
    waitFor("document.querySelectorAll('.th-candidate').length === 2");
    WebElement candidate =
        browser.findElements(By.cssSelector(".th-candidate")).stream()
            .filter(c -> c.getText().contains(KEPT_START))
            .findFirst()
            .orElseThrow();
    assertThat(candidate.findElement(By.cssSelector(".th-quote-attribution")).getText())
        .isEqualTo("(Nurse K)");
    assertThat(candidate.findElement(By.cssSelector(".th-candidate-reason")).getText())
        .contains("coded by 1 coder (olivia)")
        .contains("K's best");
    candidate.findElement(By.cssSelector(".th-pin")).click();
    waitFor("document.querySelectorAll('.th-quote').length === 1");
    // the pinned passage is no longer a candidate
    waitFor("document.querySelectorAll('.th-candidate').length === 1");

    browser.findElement(By.cssSelector(".th-quote .th-trim-toggle")).click();
    // select the middle in the quote's stored text, as a mouse or Shift+arrows would
    browser.executeScript(
        "const ta = document.querySelector('.th-trim-source');"
            + "const s = ta.value.indexOf(arguments[0]); ta.focus();"
            + "ta.setSelectionRange(s, s + arguments[0].length);",
        ELIDED);
    browser.findElement(By.cssSelector(".th-quote .th-elide")).click();
    waitFor("document.querySelector('.th-quote .th-quote-text').textContent.includes('…')");
    String expected = "\u201C" + KEPT_START + " … " + KEPT_END.strip() + "\u201D";
    assertThat(browser.findElement(By.cssSelector(".th-quote .th-quote-text")).getText())
        .isEqualTo(expected);

    browser.findElement(By.cssSelector(".th-quote .th-translate-toggle")).click();
    browser.findElement(By.cssSelector(".th-quote .th-translation-text")).sendKeys(TRANSLATION);
    WebElement language = browser.findElement(By.cssSelector(".th-quote .th-translation-language"));
    language.clear();
    language.sendKeys("zh");
    browser.findElement(By.cssSelector(".th-quote .th-translate button[type=submit]")).click();
    waitFor("document.querySelector('.th-quote .th-quote-translation') !== null");
    assertThat(browser.findElement(By.cssSelector(".th-quote .th-quote-translation")).getText())
        .isEqualTo("Translation: \u201C" + TRANSLATION + "\u201D");
    assertThat(browser.findElement(By.cssSelector(".th-quote .th-quote-meta")).getText())
        .contains("translated (zh) by olivia");

    // the server got offsets: two parts around the left-out middle of the stored text
    JsonNode quote = api("/api/quotes?theme=" + subtheme).get(0);
    String text = web.project().store().documents().byName("P01").orElseThrow().text();
    int start = text.indexOf(KEPT_START);
    int gap = text.indexOf(ELIDED);
    assertThat(quote.get("parts").toString())
        .isEqualTo(
            "[["
                + start
                + ","
                + gap
                + "],["
                + (gap + ELIDED.length())
                + ","
                + (text.indexOf("coming.") + 7)
                + "]]");
    assertThat(quote.get("translation").get("translator").asText()).isEqualTo("olivia");
  }

  @Test
  @Order(2)
  void table_2_downloaded_through_the_export_menu_holds_the_trimmed_translated_attributed_quote()
      throws Exception {
    browser.get(web.url("/themes.html#view=tree"));
    Path file = download("themes", "docx", "themes.docx");
    List<String> cells = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument doc = new XWPFDocument(in)) {
      for (XWPFTable table : doc.getTables()) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getText());
          }
        }
      }
    }
    String all = String.join("\n", cells);
    assertThat(all)
        .contains("Support at work")
        .contains("Colleagues carry each other")
        .contains("\u201C" + KEPT_START + " … " + KEPT_END.strip() + "\u201D (Nurse K)")
        .contains("Translation: \u201C" + TRANSLATION + "\u201D")
        .doesNotContain("covered for each other");
  }

  @Test
  @Order(3)
  void table_1_downloaded_as_xlsx_counts_the_participants() throws Exception {
    browser.get(web.url("/index.html#/documents"));
    waitFor("document.querySelector('.doc-table tbody tr[data-id]') !== null");
    Path file = download("participants", "xlsx", "participants.xlsx");
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(count(sheet, "Nurse")).isEqualTo(2);
      assertThat(count(sheet, "Social Worker")).isEqualTo(1);
      assertThat(count(sheet, "Mean")).isEqualTo(36);
    }
  }

  @Test
  @Order(4)
  void the_menu_offers_only_the_formats_an_export_has_and_shows_a_refused_export() {
    browser.get(web.url("/reconcile.html"));
    openMenu();
    new Select(browser.findElement(By.cssSelector(".ex-form select[name=what]")))
        .selectByValue("member-check");
    List<String> formats =
        new Select(browser.findElement(By.cssSelector(".ex-form select[name=format]")))
            .getOptions().stream().map(o -> o.getAttribute("value")).toList();
    assertThat(formats).containsExactly("docx");
    assertThat(browser.findElement(By.cssSelector(".ex-form [data-option=wide]")).isDisplayed())
        .isFalse();
    // a layer the server does not know (a coder deleted meanwhile) is refused with its message
    browser.executeScript(
        "const s = document.querySelector('.ex-form select[name=layer]');"
            + "s.append(new Option('nobody', 'nobody')); s.value = 'nobody';"
            + "s.dispatchEvent(new Event('change', {bubbles: true}));");
    browser.findElement(By.cssSelector(".ex-download")).click();
    waitFor("document.querySelector('.ex-status.ex-error') !== null");
    assertThat(browser.findElement(By.cssSelector(".ex-status.ex-error")).getText())
        .contains("nobody");
  }

  @Test
  @Order(5)
  void pinned_quotes_reorder_with_the_keyboard_and_the_buttons() throws Exception {
    browser.get(web.url("/themes.html#view=tree&theme=" + subtheme));
    waitFor("document.querySelectorAll('.th-candidate .th-pin').length === 1");
    browser.findElement(By.cssSelector(".th-candidate .th-pin")).click();
    waitFor("document.querySelectorAll('.th-quote').length === 2");
    List<Long> before = quoteIds();
    WebElement first =
        browser.findElement(By.cssSelector(".th-quote[data-quote-id='" + before.get(0) + "']"));
    first.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
    waitFor("document.querySelector('.th-quote').dataset.quoteId === '" + before.get(1) + "'");
    assertThat(quoteIds()).containsExactly(before.get(1), before.get(0));
    // the moved quote keeps the focus, so the keys can move it on
    assertThat(browser.switchTo().activeElement().getAttribute("data-quote-id"))
        .isEqualTo(String.valueOf(before.get(0)));
    browser
        .findElement(By.cssSelector(".th-quote[data-quote-id='" + before.get(0) + "'] .th-up"))
        .click();
    waitFor("document.querySelector('.th-quote').dataset.quoteId === '" + before.get(0) + "'");
    assertThat(quoteIds()).containsExactly(before.get(0), before.get(1));
  }

  List<Long> quoteIds() throws Exception {
    List<Long> ids = new ArrayList<>();
    api("/api/quotes?theme=" + subtheme).forEach(q -> ids.add(q.get("id").asLong()));
    return ids;
  }

  void openMenu() {
    waitFor("document.querySelector('.export-menu > summary') !== null");
    browser.findElement(By.cssSelector(".export-menu > summary")).click();
    waitFor("document.querySelector('.ex-form select[name=what]') !== null");
  }

  /** Chooses what and format in the Export menu, downloads, and waits for the file. */
  Path download(String what, String format, String name) throws Exception {
    openMenu();
    new Select(browser.findElement(By.cssSelector(".ex-form select[name=what]")))
        .selectByValue(what);
    new Select(browser.findElement(By.cssSelector(".ex-form select[name=format]")))
        .selectByValue(format);
    String url = browser.findElement(By.cssSelector(".ex-form")).getAttribute("data-url");
    assertThat(url).startsWith("/api/export?what=" + what + "&format=" + format);
    browser.findElement(By.cssSelector(".ex-download")).click();
    Path file = downloads.resolve(name);
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!(Files.exists(file) && Files.size(file) > 0) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(file).as("downloaded " + name).exists();
    waitFor(
        "document.querySelector('.ex-status').textContent.startsWith('Downloaded " + name + "')");
    return file;
  }

  /** The first numeric cell right of the cell reading {@code label}. */
  static double count(Sheet sheet, String label) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          for (int c = cell.getColumnIndex() + 1; c < row.getLastCellNum(); c++) {
            Cell next = row.getCell(c);
            if (next != null && next.getCellType() == CellType.NUMERIC) {
              return next.getNumericCellValue();
            }
          }
        }
      }
    }
    throw new AssertionError("no row labelled " + label);
  }

  JsonNode api(String path) throws Exception {
    return Chromium.getJson(browser, path);
  }

  void waitFor(String condition) {
    Chromium.waitFor(browser, condition);
  }
}
