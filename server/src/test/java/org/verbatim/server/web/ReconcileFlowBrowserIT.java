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
import org.openqa.selenium.interactions.Actions;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;

/**
 * The reconcile page at study scale in headless Chromium against a real server: each card's
 * speaker, context and differing words, filters, the keyboard flow with progress, and the rules
 * panel previewing and applying a rule. Each test has its own document.
 */
class ReconcileFlowBrowserIT {
  static final String TEXT =
      "Interviewer: How did the team support you?\n"
          + "Nurse K: Peer support kept me going every week. My manager never listened to us."
          + " The ward was loud at night.\n";

  @TempDir static Path dir;
  static WebProject web;
  static ChromeDriver browser;
  static CodeId support;
  static CodeId manager;
  static long ann;
  static long ben;
  static int docs;

  @BeforeAll
  static void start() {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    web.account("olivia", Role.OWNER);
    web.account("ann", Role.CODER);
    web.account("ben", Role.CODER);
    support = web.code("Peer support", "#2ca02c");
    manager = web.code("Management", "#1f77b4");
    web.importText("F0.txt", "Interviewer: Shall we start?\n");
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

  /** A fresh document where ann and ben disagree three times: boundaries, code, only ann. */
  DocumentSummary study() {
    DocumentSummary doc = web.importText("F" + (++docs) + ".txt", TEXT + "#" + docs + "\n");
    String text = web.project().store().documents().get(doc.id()).orElseThrow().text();
    int peer = text.indexOf("Peer support");
    web.codings(
        "ann", doc, support, List.of(new Span(peer, peer + "Peer support kept me going".length())));
    web.codings(
        "ben",
        doc,
        support,
        List.of(new Span(peer, text.indexOf(" every week.") + " every week.".length())));
    int mgr = text.indexOf("My manager");
    Span sentence = new Span(mgr, text.indexOf(" The ward"));
    web.codings("ann", doc, manager, List.of(sentence));
    web.codings("ben", doc, support, List.of(sentence));
    int ward = text.indexOf("The ward");
    web.codings("ann", doc, support, List.of(new Span(ward, ward + "The ward was loud".length())));
    ann = coder("ann");
    ben = coder("ben");
    return doc;
  }

  static long coder(String name) {
    return web.project().store().coders().byName(name).map(Coder::id).orElseThrow().value();
  }

  void open(DocumentSummary doc) {
    browser.get(web.url("/reconcile.html#doc=" + doc.id().value() + "&coders=" + ann + "," + ben));
    browser.navigate().refresh();
    Chromium.waitFor(browser, "document.querySelectorAll('.rc-item').length === 3");
  }

  @Test
  void eachCardShowsTheSpeakerTheSentenceTheDifferingWordsAndALinkIntoTheReader() {
    DocumentSummary doc = study();
    open(doc);
    WebElement card =
        browser.findElement(By.cssSelector(".rc-item[data-kind=different_boundaries]"));
    assertThat(card.findElement(By.cssSelector(".rc-speaker")).getText()).isEqualTo("Nurse K");
    assertThat(card.findElement(By.cssSelector(".rc-context")).getAttribute("textContent"))
        .contains("Peer support kept me going every week.");
    assertThat(card.findElements(By.cssSelector(".rc-context mark.rc-diff")))
        .singleElement()
        .satisfies(m -> assertThat(m.getAttribute("textContent")).isEqualTo(" every week."));
    assertThat(card.findElement(By.cssSelector(".rc-open-here")).getAttribute("href"))
        .contains("#/documents/" + doc.id().value() + "?at=");
  }

  @Test
  void filtersNarrowTheCardsByKindCodeCoderAndState() {
    open(study());
    select(".rc-filter-kind", "only_one_coder");
    Chromium.waitFor(browser, "document.querySelectorAll('.rc-item').length === 1");
    select(".rc-filter-kind", "");
    select(".rc-filter-code", String.valueOf(manager.value()));
    Chromium.waitFor(
        browser,
        "document.querySelectorAll('.rc-item').length === 1"
            + " && document.querySelector('.rc-item').dataset.kind === 'different_codes'");
    select(".rc-filter-code", "");
    select(".rc-filter-coder", String.valueOf(ben));
    Chromium.waitFor(browser, "document.querySelectorAll('.rc-item').length === 2");
    select(".rc-filter-coder", "");
    select(".rc-filter-state", "decided");
    Chromium.waitFor(browser, "document.querySelectorAll('.rc-item').length === 0");
    select(".rc-filter-state", "");
  }

  @Test
  void theKeyboardSettlesCardsOneAfterAnotherAndProgressCounts() {
    open(study());
    Chromium.waitFor(
        browser,
        "document.querySelector('.rc-progress-doc').textContent.includes('0 of 3 decided')");
    new Actions(browser).sendKeys("a").perform();
    Chromium.waitFor(
        browser,
        "document.querySelector('.rc-progress-doc').textContent.includes('1 of 3 decided')");
    // focus moved on to the next open card; drop it with "d"
    Chromium.waitFor(
        browser, "document.querySelector('.rc-item.rc-current:not(.decided)') !== null");
    new Actions(browser).sendKeys("d").perform();
    Chromium.waitFor(
        browser,
        "document.querySelector('.rc-progress-doc').textContent.includes('2 of 3 decided')");
    new Actions(browser).sendKeys("k").sendKeys(Keys.ARROW_DOWN).perform();
    Chromium.waitFor(
        browser,
        "document.querySelector('.rc-progress-study') !== null"
            + " && /\\d+ of \\d+ decided in the study/.test("
            + "document.querySelector('.rc-progress-study').textContent)");
  }

  @Test
  void theOwnerPreviewsAndAppliesARuleFromTheRulesPanel() {
    open(study());
    WebElement rules = browser.findElement(By.cssSelector(".rc-rules-text"));
    rules.clear();
    rules.sendKeys("same-code within=20 take=union");
    select(".rc-rules-scope", "document");
    browser.findElement(By.cssSelector("button[data-action=preview-rules]")).click();
    Chromium.waitFor(
        browser, "document.querySelector('.rc-rules-list li[data-settles=\"1\"]') !== null");
    assertThat(browser.findElement(By.cssSelector(".rc-rules-total")).getText())
        .startsWith("1 of 3 open disagreements settled");
    browser.findElement(By.cssSelector("button[data-action=apply-rules]")).click();
    Chromium.waitFor(
        browser,
        "document.querySelector('.rc-item[data-kind=different_boundaries].decided') !== null");
    assertThat(
            browser
                .findElement(By.cssSelector(".rc-item[data-kind=different_boundaries] .rc-outcome"))
                .getText())
        .contains("rule: same-code within=20 take=union");
  }

  void select(String css, String value) {
    browser.executeScript(
        "const s = document.querySelector(arguments[0]); s.value = arguments[1];"
            + " s.dispatchEvent(new Event('change'));",
        css,
        value);
  }
}
