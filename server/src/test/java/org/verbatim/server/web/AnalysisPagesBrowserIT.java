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
import org.openqa.selenium.support.ui.Select;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;

/**
 * The memos page, a code's page in the codebook, the proposals view and the theme memo field in
 * headless Chromium against a real server.
 */
class AnalysisPagesBrowserIT {
  static final String P01 =
      "Interviewer: What helped?\nNurse K: Peer support kept me <b>going</b> every week.\n";
  static final String P02 =
      "Interviewer: What helped?\nSocial Worker I: Peer support from colleagues, mostly.\n";

  @TempDir static Path dir;
  static WebProject web;
  static ChromeDriver browser;
  static CodeId support;
  static CodeId colleagues;
  static CodeId workload;
  static DocumentSummary p01;

  @BeforeAll
  static void start() {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    p01 = web.importText("P01.txt", P01);
    DocumentSummary p02 = web.importText("P02.txt", P02);
    web.participants(
        "document,label,discipline", "P01,Nurse K,nursing", "P02,Social Worker I,social work");
    web.account("olivia", Role.OWNER);
    support = web.code("Peer support", "#2ca02c");
    colleagues = web.code("Colleagues", "#1f77b4");
    workload = web.code("Workload", "#d62728");
    String t1 = text(p01);
    String t2 = text(p02);
    int a = t1.indexOf("Peer support");
    web.codings("olivia", p01, support, List.of(new Span(a, t1.indexOf(".", a) + 1)));
    int b = t2.indexOf("Peer support");
    Span both = new Span(b, t2.indexOf(",", b));
    web.codings("olivia", p02, support, List.of(both));
    // Colleagues codes the same passage as Peer support in P02: the two are proposed together
    web.codings("olivia", p02, colleagues, List.of(both));
    web.start();
    browser = Chromium.start(dir);
    Chromium.signIn(browser, web, "olivia");
  }

  static String text(DocumentSummary d) {
    return web.project().store().documents().get(d.id()).orElseThrow().text();
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
  void a_codes_page_lists_its_passages_linking_to_the_reader_and_takes_a_code_memo()
      throws Exception {
    browser.get(web.url("/#/codebook/" + support.value()));
    waitFor("document.querySelectorAll('.cp-passage-link').length === 2");
    assertThat(browser.findElement(By.cssSelector(".cp-count")).getText())
        .startsWith("2 passages")
        .contains("layer:");
    List<WebElement> links = browser.findElements(By.cssSelector(".cp-passage-link"));
    // document order: P01 before P02; the passage text stays text
    assertThat(links.get(0).getText()).isEqualTo("Peer support kept me <b>going</b> every week.");
    assertThat(links.get(0).getAttribute("href"))
        .contains("#/documents/" + p01.id().value() + "?at=");
    assertThat(browser.findElements(By.cssSelector(".cp-passage-meta")).get(0).getText())
        .contains("P01")
        .contains("Nurse K");
    WebElement memo = browser.findElement(By.cssSelector(".memo-panel-code .memo-new"));
    memo.sendKeys("Support from peers, not managers.");
    browser.findElement(By.cssSelector(".memo-panel-code .memo-add")).click();
    waitFor(
        "[...document.querySelectorAll('.memo-panel-code .memo-text')].some(p => p.textContent"
            + " === 'Support from peers, not managers.')");
    JsonNode list = api("/api/memos/list?kind=code&code=" + support.value());
    assertThat(list.get("memos")).hasSize(1);
    assertThat(list.at("/memos/0/codeName").asText()).isEqualTo("Peer support");
    // opening a passage opens the reader at it
    browser.findElements(By.cssSelector(".cp-passage-link")).get(0).click();
    waitFor("location.hash.startsWith('#/documents/" + p01.id().value() + "')");
  }

  @Test
  void the_memos_page_lists_every_kind_and_filters_by_kind_and_text() throws Exception {
    try (HttpApi olivia = HttpApi.signIn(web, "olivia")) {
      olivia.post("/api/memos", "{\"text\":\"Recruit two more nurses.\"}");
      olivia.post(
          "/api/memos",
          "{\"text\":\"Long pauses in this one.\",\"document\":" + p01.id().value() + "}");
    }
    browser.get(web.url("/#/memos"));
    waitFor("document.querySelectorAll('.memo-all .memo').length >= 2");
    assertThat(texts(".memo-all .memo-text"))
        .contains("Recruit two more nurses.", "Long pauses in this one.");
    // the document memo links to its document
    WebElement doc =
        browser.findElement(By.cssSelector(".memo-all .memo[data-kind='document'] .memo-target"));
    assertThat(doc.getText()).isEqualTo("P01");
    assertThat(doc.getAttribute("href")).contains("#/documents/" + p01.id().value());
    new Select(browser.findElement(By.cssSelector(".memo-filter-kind"))).selectByValue("project");
    waitFor(
        "[...document.querySelectorAll('.memo-all .memo')].every(m => m.dataset.kind ==="
            + " 'project') && document.querySelectorAll('.memo-all .memo').length >= 1");
    assertThat(browser.getCurrentUrl()).endsWith("#/memos?kind=project");
    new Select(browser.findElement(By.cssSelector(".memo-filter-kind"))).selectByValue("");
    browser.findElement(By.cssSelector(".memo-filter-text")).sendKeys("PAUSES");
    waitFor("document.querySelectorAll('.memo-all .memo').length === 1");
    assertThat(texts(".memo-all .memo-text")).containsExactly("Long pauses in this one.");
    assertThat(browser.findElement(By.cssSelector(".memo-count")).getText()).isEqualTo("1 memo");
    // a project memo written on the page appears in the list
    browser.findElement(By.cssSelector(".memo-filter-text")).clear();
    browser.findElement(By.cssSelector(".memo-project .memo-new")).sendKeys("Saturation by P12?");
    browser.findElement(By.cssSelector(".memo-project .memo-add")).click();
    waitFor(
        "[...document.querySelectorAll('.memo-all .memo-text')].some(p => p.textContent ==="
            + " 'Saturation by P12?')");
  }

  @Test
  void the_theme_memo_field_saves_the_memo_which_the_memos_page_lists_as_a_theme_memo()
      throws Exception {
    long id;
    try (HttpApi olivia = HttpApi.signIn(web, "olivia")) {
      id =
          ((Number) olivia.post("/api/themes", "{\"name\":\"Being heard\"}").get("id")).longValue();
    }
    browser.get(web.url("/themes.html#view=tree&theme=" + id));
    waitFor("document.querySelector('.th-detail .th-memo') !== null");
    WebElement memo = browser.findElement(By.cssSelector(".th-detail .th-memo"));
    memo.sendKeys("Merge with Voice?");
    // the field saves when it loses focus (a change event)
    browser.findElement(By.cssSelector(".th-detail .th-definition")).click();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"Merge with Voice?".equals(memoOf(id)) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(memoOf(id)).isEqualTo("Merge with Voice?");
    browser.get(web.url("/#/memos?kind=theme"));
    waitFor("document.querySelector('.memo-all .memo[data-kind=\\'theme\\']') !== null");
    WebElement target = browser.findElement(By.cssSelector(".memo-all .memo .memo-target"));
    assertThat(target.getText()).isEqualTo("Being heard");
    assertThat(target.getAttribute("href")).endsWith("themes.html#view=tree&theme=" + id);
    assertThat(texts(".memo-all .memo-text")).containsExactly("Merge with Voice?");
  }

  String memoOf(long theme) throws Exception {
    for (JsonNode t : ThemesBrowserIT.flat(api("/api/themes").get("themes"))) {
      if (t.get("id").asLong() == theme) {
        return t.path("memo").asText(null);
      }
    }
    return null;
  }

  @Test
  void a_proposal_is_accepted_into_a_theme_in_one_action_and_undone() throws Exception {
    browser.get(web.url("/themes.html#view=proposals"));
    waitFor("document.querySelector('.tp-proposal') !== null");
    WebElement card = browser.findElement(By.cssSelector(".tp-proposal"));
    // codes in codebook order (by name)
    assertThat(texts(".tp-proposal .tp-code")).containsExactly("Colleagues", "Peer support");
    assertThat(card.findElement(By.cssSelector(".tp-reason")).getText()).isNotBlank();
    assertThat(card.findElement(By.cssSelector(".tp-figures")).getText())
        .contains("1 shared passage");
    WebElement name = card.findElement(By.cssSelector(".tp-name"));
    name.clear();
    name.sendKeys("Support at work", Keys.ENTER);
    waitFor("document.querySelector('.tp-created') !== null");
    assertThat(browser.findElement(By.cssSelector(".tp-created")).getText())
        .isEqualTo("Support at work");
    JsonNode created = themeNamed("Support at work");
    assertThat(names(created.get("codes"))).containsExactlyInAnyOrder("Peer support", "Colleagues");
    // both codes are now in a theme: nothing more to propose
    waitFor("document.querySelector('.tp-proposal') === null");
    browser.findElement(By.cssSelector(".tp-undo")).click();
    waitFor("document.querySelector('.tp-status').textContent === 'Undone.'");
    assertThat(themeNamedOrNull("Support at work")).isNull();
    waitFor("document.querySelector('.tp-proposal') !== null");
    // dismissing stops proposing it
    browser.findElement(By.cssSelector(".tp-proposal .tp-dismiss")).click();
    waitFor("document.querySelector('.tp-proposal') === null");
    assertThat(api("/api/themes/proposals").get("proposals")).isEmpty();
  }

  static List<String> names(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  JsonNode themeNamed(String name) throws Exception {
    JsonNode t = themeNamedOrNull(name);
    assertThat(t).as("theme " + name).isNotNull();
    return t;
  }

  JsonNode themeNamedOrNull(String name) throws Exception {
    for (JsonNode t : ThemesBrowserIT.flat(api("/api/themes").get("themes"))) {
      if (t.get("name").asText().equals(name)) {
        return t;
      }
    }
    return null;
  }

  List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  JsonNode api(String path) throws Exception {
    return Chromium.getJson(browser, path);
  }

  void waitFor(String condition) {
    Chromium.waitFor(browser, condition);
  }
}
