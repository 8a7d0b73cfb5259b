package org.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;
import org.verbatim.core.words.WordScope;

/**
 * The Words page in headless Chromium: opened from a code's page, its bars show the code's
 * hand-counted top word, a word opens its keyword-in-context lines, a line opens the reader at the
 * hit, and markup in a transcript stays text.
 */
class WordsBrowserIT {
  static final String COMMON = "The ward was busy and the nurse spoke about the clinic. ";
  static final String PLANTED = "A kaleidoscope, the kaleidoscope of days, a kaleidoscope. ";
  static final String HOSTILE = "<img src=x onerror=window.__pwned=1>";

  @TempDir static Path dir;
  static WebProject web;
  static ChromeDriver browser;
  static CodeId code;
  static DocumentSummary p01;

  @BeforeAll
  static void start() {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    p01 =
        web.importText(
            "P01.txt", "Interviewer: " + COMMON + "\n\nNurse K: " + COMMON + PLANTED + "\n");
    web.importText(
        "P02.txt",
        "Interviewer: " + COMMON + "\n\nNurse L: The ward " + HOSTILE + " was " + COMMON + "\n");
    web.participants("document,label,discipline", "P01,K,Nurse", "P02,L,Social work");
    web.account("olivia", Role.OWNER);
    code = web.code("Metaphors", "#336699");
    String text = web.project().store().documents().get(p01.id()).orElseThrow().text();
    int start = text.indexOf("Nurse K: ") + "Nurse K: ".length();
    web.codings(
        "mei", p01, code, List.of(new Span(start, text.indexOf(PLANTED) + PLANTED.length())));
    // CoreNLP loads and annotates here, so the page's requests read the cache
    web.project().services().words().frequencies(WordScope.project(), 1);
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

  @Test
  void aCodesWordsShowItsTopWordAndOpenTheReaderAtAKeywordInContextLine() {
    browser.get(web.url("/#/codebook/" + code.value()));
    waitFor("document.querySelector('.cp-words-link') !== null");
    browser.findElement(By.cssSelector(".cp-words-link")).click();
    waitFor("document.querySelector('.wd-page[data-loaded=true]') !== null");
    assertThat(browser.findElement(By.cssSelector(".wd-scope")).getText())
        .isEqualTo("Scope: passages of code Metaphors");
    assertThat(browser.findElement(By.cssSelector(".wd-layer")).getText())
        .startsWith("Layer: ")
        .contains("mei");
    // the coded passage says COMMON once and kaleidoscope three times
    List<WebElement> bars = browser.findElements(By.cssSelector(".wd-bar"));
    assertThat(bars.get(0).getAttribute("data-word")).isEqualTo("kaleidoscope");
    assertThat(bars.get(0).getText()).contains("kaleidoscope", "3");
    assertThat(bars.get(1).getAttribute("data-count")).isEqualTo("1");
    assertThat(browser.findElements(By.cssSelector(".wd-cloud-word[data-word=kaleidoscope]")))
        .hasSize(1);

    bars.get(0).click();
    waitFor("document.querySelector('.wd-kwic[data-loaded=true]') !== null");
    List<WebElement> lines = browser.findElements(By.cssSelector(".wd-line"));
    assertThat(lines).hasSize(3);
    assertThat(lines)
        .allSatisfy(
            l ->
                assertThat(l.findElement(By.cssSelector("mark")).getText())
                    .isEqualTo("kaleidoscope"));
    assertThat(browser.getCurrentUrl()).contains("word=kaleidoscope");

    lines.get(1).findElement(By.cssSelector(".wd-line-link")).click();
    waitFor("location.hash.startsWith('#/documents/" + p01.id().value() + "?at=')");
    waitFor("window.__verbatimPainted !== undefined");
    assertThat(browser.findElement(By.cssSelector(".doc-text")).getText())
        .contains(PLANTED.strip());
  }

  @Test
  void aCodesDistinctiveWordsRankThePlantedWordFirstAndAnUnknownCodeSaysSo() {
    browser.get(web.url("/#/codebook/" + code.value()));
    waitFor("document.querySelector('.cp-distinctive-link') !== null");
    browser.findElement(By.cssSelector(".cp-distinctive-link")).click();
    waitFor("document.querySelector('.wd-page[data-loaded=true]') !== null");
    assertThat(browser.findElement(By.cssSelector(".wd-bar")).getAttribute("data-word"))
        .isEqualTo("kaleidoscope");
    assertThat(browser.findElement(By.cssSelector(".wd-status")).getText())
        .contains("9 words in the passages against", "keyness");
    assertThat(browser.findElement(By.cssSelector("select[name=mode]")).getAttribute("value"))
        .isEqualTo("distinctive");
    String csv =
        browser.findElement(By.cssSelector(".wd-download[data-format=csv]")).getAttribute("href");
    assertThat(csv).contains("/api/words/export?", "code=" + code.value(), "distinctive=true");
    Object file =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERR ' + e));",
            csv);
    assertThat(String.valueOf(file).lines().skip(1).findFirst().orElse(""))
        .startsWith("1,kaleidoscope,3,0,");

    browser.get(web.url("/#/words?code=999"));
    waitFor("document.querySelector('.wd-status.error') !== null");
    assertThat(browser.findElement(By.cssSelector(".wd-status")).getText())
        .contains("no code with id 999");
  }

  @Test
  void wordsAreReachableByKeyboardAndMarkupInATranscriptStaysText() {
    browser.get(web.url("/#/words?document=P02"));
    waitFor("document.querySelector('.wd-page[data-loaded=true]') !== null");
    assertThat(browser.findElement(By.cssSelector(".wd-layer")).getText()).contains("none needed");
    WebElement ward = browser.findElement(By.cssSelector(".wd-bar[data-word=ward]"));
    assertThat(ward.getAttribute("data-count")).isEqualTo("3");
    assertThat(ward.getAttribute("tabindex")).isEqualTo("0");
    browser.executeScript("arguments[0].focus()", ward);
    ward.sendKeys(Keys.ENTER);
    waitFor(
        "document.querySelector('.wd-kwic[data-loaded=true]') !== null"
            + " && document.querySelector('.wd-kwic').dataset.word === 'ward'");
    String lines = browser.findElement(By.cssSelector(".wd-kwic")).getText();
    assertThat(lines).contains(HOSTILE);
    assertThat(browser.findElements(By.cssSelector(".wd-page img"))).isEmpty();
    assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    // the tag's parts are counted as words ("onerror"), shown as text, with the tag in context
    browser.findElement(By.cssSelector(".wd-bar[data-word=onerror]")).click();
    waitFor("document.querySelector('.wd-kwic').dataset.word === 'onerror'");
    waitFor("document.querySelector('.wd-kwic[data-loaded=true]') !== null");
    WebElement line = browser.findElement(By.cssSelector(".wd-line"));
    assertThat(line.findElement(By.cssSelector("mark")).getText()).isEqualTo("onerror");
    assertThat(line.getText()).contains("<img src=x", "window.__pwned=1>");
    assertThat(browser.findElements(By.cssSelector(".wd-page img"))).isEmpty();
    assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);

    // an owner stops counting a word from its context lines; the chart is counted again
    browser.findElement(By.cssSelector(".wd-stop")).click();
    waitFor(
        "document.querySelector('.wd-page[data-loaded=true]') !== null"
            + " && document.querySelector('.wd-bar[data-word=onerror]') === null");
    assertThat(browser.findElements(By.cssSelector(".wd-bar[data-word=ward]"))).hasSize(1);
    assertThat(web.project().services().words().stopWords().list(Language.ENGLISH))
        .contains("onerror");
  }

  void waitFor(String condition) {
    Chromium.waitFor(browser, condition);
  }
}
