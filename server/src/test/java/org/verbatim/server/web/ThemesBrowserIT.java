package org.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;

/**
 * The Themes page in headless Chromium against a real server: themes built by dragging a code onto
 * a theme and a theme onto another, and a matrix cell opening its passages.
 */
class ThemesBrowserIT {
  static final String P01 =
      "Interviewer: What helped?\nNurse K: Peer support kept me <b>going</b>.\n";
  static final String P02 = "Interviewer: What helped?\nSocial Worker I: My family, mostly.\n";

  @TempDir static Path dir;
  static WebProject web;
  static ChromeDriver browser;

  @BeforeAll
  static void start() {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    DocumentSummary p01 = web.importText("P01.txt", P01);
    DocumentSummary p02 = web.importText("P02.txt", P02);
    web.participants(
        "document,label,discipline", "P01,Nurse K,nursing", "P02,Social Worker I,social work");
    web.account("olivia", Role.OWNER);
    CodeId support = web.code("Peer support", "#2ca02c");
    CodeId family = web.code("Family", "#1f77b4");
    String t1 = web.project().store().documents().get(p01.id()).orElseThrow().text();
    String t2 = web.project().store().documents().get(p02.id()).orElseThrow().text();
    int a = t1.indexOf("Peer support");
    web.codings("olivia", p01, support, List.of(new Span(a, t1.indexOf(".", a) + 1)));
    int b = t2.indexOf("My family");
    web.codings("olivia", p02, family, List.of(new Span(b, t2.indexOf(",", b))));
    web.start();
    browser = Chromium.start(dir);
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

  /**
   * HTML5 drag and drop as the browser fires it: dragstart, dragover, drop with one DataTransfer.
   */
  void drag(String sourceCss, String targetCss) {
    browser.executeScript(
        "const src = document.querySelector(arguments[0]); const dst = document.querySelector(arguments[1]);"
            + "const dt = new DataTransfer();"
            + "src.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: dt}));"
            + "dst.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: dt}));"
            + "dst.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: dt}));",
        sourceCss,
        targetCss);
  }

  void addTheme(String name) {
    WebElement input = browser.findElement(By.cssSelector(".th-tree .th-new-name"));
    input.sendKeys(name, Keys.ENTER);
    waitFor(
        "[...document.querySelectorAll('.th-node-label')].some(b => b.textContent === '"
            + name
            + "')");
  }

  String themeCss(String name) throws Exception {
    for (JsonNode t : flat(api("/api/themes").get("themes"))) {
      if (t.get("name").asText().equals(name)) {
        return "li[data-theme-id='" + t.get("id").asLong() + "'] > .th-node-row";
      }
    }
    throw new AssertionError("no theme " + name);
  }

  static List<JsonNode> flat(JsonNode nodes) {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (JsonNode n : nodes) {
      out.add(n);
      out.addAll(flat(n.get("children")));
    }
    return out;
  }

  @Test
  void dragging_codes_into_themes_and_themes_into_each_other_builds_the_tree() throws Exception {
    browser.get(web.url("/themes.html#view=tree"));
    waitFor("document.querySelector('.th-tree .th-new-name') !== null");
    addTheme("Support");
    addTheme("Family life");
    String supportCode =
        "li.th-code[data-code-id='"
            + web.project().store().codes().list().stream()
                .filter(c -> c.name().equals("Peer support"))
                .findFirst()
                .orElseThrow()
                .id()
                .value()
            + "']";
    drag(supportCode, themeCss("Support"));
    waitFor(
        "[...document.querySelectorAll('.th-node-row')].some(r => r.textContent.includes('Support')"
            + " && r.textContent.includes('1 of 2'))");
    drag(themeCss("Family life"), themeCss("Support"));
    waitFor("document.querySelectorAll('.th-children .th-node').length === 1");
    JsonNode tree = api("/api/themes");
    assertThat(tree.get("themes")).hasSize(1);
    JsonNode support = tree.get("themes").get(0);
    assertThat(support.get("codes").get(0).asText()).isEqualTo("Peer support");
    assertThat(support.get("children").get(0).get("name").asText()).isEqualTo("Family life");
    // selecting the theme shows its evidence; the passage text stays text
    browser.findElement(By.cssSelector(themeCss("Support") + " .th-node-label")).click();
    waitFor("document.querySelector('.th-detail .th-passage-link') !== null");
    assertThat(browser.findElement(By.cssSelector(".th-detail .th-support")).getText())
        .startsWith("1 of 2 participants");
    WebElement passage = browser.findElement(By.cssSelector(".th-detail .th-passage-link"));
    assertThat(passage.getText()).contains("<b>going</b>");
    assertThat(passage.getAttribute("href")).contains("index.html#/documents/").contains("?at=");
  }

  @Test
  void a_matrix_cell_opens_its_passages() throws Exception {
    browser.get(web.url("/themes.html#view=matrix&rows=codes&by=discipline&count=passages"));
    waitFor("document.querySelectorAll('.th-cell').length === 4");
    WebElement cell = browser.findElement(By.cssSelector(".th-cell[data-column='social work']"));
    // rows are codes in codebook order (Family, Peer support): Family x social work is 1
    List<WebElement> column =
        browser.findElements(By.cssSelector(".th-cell[data-column='social work']"));
    assertThat(column.get(0).getText()).isEqualTo("1");
    cell.sendKeys(Keys.ENTER);
    waitFor("document.querySelector('.th-passages-host .th-passage-link') !== null");
    assertThat(browser.findElement(By.cssSelector(".th-passages-host .th-passage-link")).getText())
        .isEqualTo("My family");
    assertThat(browser.findElement(By.cssSelector(".th-passages-host h3")).getText())
        .isEqualTo("Family × social work");
  }

  JsonNode api(String path) throws Exception {
    return Chromium.getJson(browser, path);
  }

  void waitFor(String condition) {
    Chromium.waitFor(browser, condition);
  }
}
