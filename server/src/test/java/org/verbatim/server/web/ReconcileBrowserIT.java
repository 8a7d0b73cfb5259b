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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;

/**
 * The reconcile page in headless Chromium against a real server: two coders disagree on a passage's
 * boundaries; the owner accepts one side with a reason and the consensus coding, with its
 * provenance, is there through the API; revisiting it as "drop" removes it again.
 */
class ReconcileBrowserIT {
  static final String P01 =
      "Interviewer: How did the team support you?\n"
          + "Nurse K: Peer support kept me going <b>every</b> week. My manager never listened.\n";

  @TempDir static Path dir;
  static WebProject web;
  static ChromeDriver browser;
  static DocumentSummary p01;
  static String text;
  static Span annSpan;
  static Span benSpan;
  static long ann;
  static long ben;

  @BeforeAll
  static void start() {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    p01 = web.importText("P01.txt", P01);
    web.account("olivia", Role.OWNER);
    web.account("ann", Role.CODER);
    web.account("ben", Role.CODER);
    CodeId support = web.code("Peer support", "#2ca02c");
    text = web.project().store().documents().get(p01.id()).orElseThrow().text();
    int at = text.indexOf("Peer support");
    annSpan = new Span(at, at + "Peer support kept me going".length());
    int from = text.indexOf("kept me going");
    benSpan = new Span(from, text.indexOf(" week.") + " week.".length());
    web.codings("ann", p01, support, List.of(annSpan));
    web.codings("ben", p01, support, List.of(benSpan));
    ann = coder("ann");
    ben = coder("ben");
    web.start();
    browser = Chromium.start(dir);
  }

  static long coder(String name) {
    return web.project().store().coders().byName(name).map(Coder::id).orElseThrow().value();
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
  void settlesADisagreementIntoTheConsensusLayerAndRevisitsIt() throws Exception {
    signIn("olivia");
    browser.get(web.url("/reconcile.html#doc=" + p01.id().value() + "&coders=" + ann + "," + ben));
    waitFor("document.querySelectorAll('.rc-item').length === 1");

    WebElement card = browser.findElement(By.cssSelector(".rc-item"));
    assertThat(card.getAttribute("data-kind")).isEqualTo("different_boundaries");
    List<String> sides =
        card.findElements(By.cssSelector(".rc-side h3")).stream()
            .map(e -> e.getAttribute("textContent"))
            .toList();
    assertThat(sides).containsExactly("ann", "ben");
    List<WebElement> passages = card.findElements(By.cssSelector(".rc-text"));
    assertThat(passages.get(0).getAttribute("textContent")).isEqualTo(annSpan.of(text));
    assertThat(passages.get(1).getAttribute("textContent")).isEqualTo(benSpan.of(text));
    // the coded text is shown as text: its angle brackets never become elements
    assertThat(card.findElements(By.cssSelector(".rc-text b"))).isEmpty();
    assertThat(passages.get(1).getText()).contains("<b>every</b>");

    card.findElement(By.cssSelector(".rc-reason")).sendKeys("the clause ends at 'going'");
    card.findElement(By.cssSelector("button[data-action=accept][data-coder='" + ann + "']"))
        .click();
    waitFor("document.querySelector('.rc-item.decided') !== null");
    assertThat(browser.findElement(By.cssSelector(".rc-item .rc-outcome")).getText())
        .contains("Accepted ann", "olivia", "the clause ends at 'going'");
    waitFor("document.querySelectorAll('.rc-consensus-list li').length === 1");

    JsonNode consensus = api("/api/documents/" + p01.id().value() + "/consensus");
    assertThat(consensus).hasSize(1);
    assertThat(consensus.at("/0/coding/start").asInt()).isEqualTo(annSpan.start());
    assertThat(consensus.at("/0/coding/end").asInt()).isEqualTo(annSpan.end());
    Coding annCoding =
        web.project().store().codings().forDocument(p01.id(), java.util.Optional.empty()).stream()
            .filter(k -> k.span().equals(annSpan))
            .findFirst()
            .orElseThrow();
    assertThat(consensus.at("/0/sources/0").asLong()).isEqualTo(annCoding.id().value());

    long layer = coder(Coder.CONSENSUS);
    browser.findElement(By.cssSelector(".rc-open-reader")).click();
    waitFor(
        "window.__verbatimPainted !== undefined"
            + " && document.querySelector('select.layer').value === 'coder:"
            + layer
            + "'");
    browser.navigate().back();
    waitFor("document.querySelector('.rc-item.decided') !== null");

    browser.findElement(By.cssSelector(".rc-item button[data-action=revisit]")).click();
    browser.findElement(By.cssSelector(".rc-item button[data-action=drop]")).click();
    waitFor("document.querySelectorAll('.rc-consensus-list li').length === 0");
    assertThat(browser.findElement(By.cssSelector(".rc-item .rc-outcome")).getText())
        .contains("Dropped");
    assertThat(api("/api/documents/" + p01.id().value() + "/consensus")).isEmpty();
    assertThat(api("/api/documents/" + p01.id().value() + "/decisions")).hasSize(2);
  }

  /** A GET through the signed-in browser's own session. */
  JsonNode api(String path) throws Exception {
    return Chromium.getJson(browser, path);
  }

  void signIn(String user) {
    Chromium.signIn(browser, web, user);
  }

  void waitFor(String condition) {
    Chromium.waitFor(browser, condition);
  }
}
