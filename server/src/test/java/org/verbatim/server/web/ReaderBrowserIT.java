package org.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;

/**
 * The web UI in real headless Chromium against a real server and project folder: signing in,
 * reading, coding through the picker, blind coding, escaping, CSRF, roles, live updates and "code
 * all results". One browser serves the whole class.
 */
class ReaderBrowserIT {
  static final String P01 =
      "Interviewer: How did the discharge go?\n"
          + "Nurse K: It was messy 😀 and the family wasn't told. Naïve plans fail.\n"
          + "Interviewer: And then?\n"
          + "Nurse K: Then the social worker called the family, and it got better.\n";
  static final String P02 =
      "WEBVTT\n\n"
          + "00:00:01.000 --> 00:00:04.000\n<v Interviewer>How are you finding the new ward?\n\n"
          + "00:01:05.000 --> 00:01:09.000\n<v Social Worker I>Busy, but the family meetings help.\n";
  static final String HOSTILE =
      "Interviewer: Paste what you saw.\n"
          + "Peer M: It said <script>window.__xss = 1</script> and then <img src=x onerror=\"window.__xss=2\"> twice.\n";

  @TempDir static Path dir;
  static WebProject web;
  static ChromeDriver browser;
  static DocumentSummary p01;
  static DocumentSummary p02;
  static DocumentSummary hostile;
  static CodeId family;
  static Span bensSpan;

  @BeforeAll
  static void start() {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    p01 = web.importText("P01.txt", P01);
    p02 = web.importText("P02.vtt", P02);
    hostile = web.importText("P03.txt", HOSTILE);
    web.participants(
        "document,label,discipline,organisation_type",
        "P01,Nurse K,nursing,hospital",
        "P02,Social Worker I,social work,community",
        "P03,Peer M,peer support,community");
    web.account("olivia", Role.OWNER);
    web.account("ann", Role.CODER);
    web.account("ben", Role.CODER);
    web.account("vic", Role.VIEWER);
    family = web.code("Family", "#2ca02c");
    web.code("Discharge", "#1f77b4");
    String text = web.project().store().documents().get(p01.id()).orElseThrow().text();
    int at = text.indexOf("social worker called");
    bensSpan = new Span(at, at + "social worker called".length());
    web.codings("ben", p01, family, List.of(bensSpan));
    web.start();
    browser = Chromium.start(dir);
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

  @AfterEach
  void signOut() {
    web.server().services().settings().setBlindCoding(false, "test");
    browser.manage().deleteAllCookies();
    browser.get(web.url("/"));
    browser.executeScript("sessionStorage.clear(); localStorage.clear();");
  }

  // ---- tests --------------------------------------------------------------------------------

  @Test
  void signsInAndListsDocumentsWithParticipantAttributes() {
    signIn("ann");
    assertThat(rows()).hasSize(3);
    assertThat(browser.findElement(By.cssSelector(".doc-table")).getText())
        .contains("P01", "Nurse K", "nursing", "hospital", "Social Worker I", "community");
    new Select(browser.findElement(By.cssSelector("select[aria-label=organisation_type]")))
        .selectByValue("community");
    assertThat(rows()).hasSize(2);
    assertThat(browser.findElement(By.cssSelector(".doc-table tbody")).getText())
        .doesNotContain("Nurse K");
  }

  @Test
  void wrongPasswordKeepsTheSignInPageWithAMessage() {
    browser.get(web.url("/#/login"));
    waitFor("document.querySelector('#login-form') !== null");
    browser.findElement(By.name("username")).sendKeys("ann");
    browser.findElement(By.name("password")).sendKeys("not-the-password", Keys.ENTER);
    waitFor("document.querySelector('.login-error').textContent.length > 0");
    assertThat(browser.findElement(By.cssSelector(".login-error")).getText())
        .contains("Wrong user name or password");
  }

  @Test
  void showsSpeakerTurnsWithTimestampsWhereTheSourceHadThem() {
    signIn("ann");
    open(p02);
    List<String> speakers = texts(".turn-head .speaker");
    assertThat(speakers).containsExactly("Interviewer", "Social Worker I");
    assertThat(texts(".turn-head .time")).containsExactly("0:01", "1:05");
    open(p01);
    assertThat(texts(".turn-head .speaker")).startsWith("Interviewer", "Nurse K");
    assertThat(texts(".turn-head .time")).isEmpty();
  }

  @Test
  void codesAnExactSelectionThroughThePickerAndFindsItAgainAfterReload() {
    signIn("ann");
    open(p01);
    String text = (String) browser.executeScript("return window.__verbatimView.doc.text");
    String words = "family wasn't told";
    int start = text.indexOf(words);
    int end = start + words.length();
    // the emoji before the selection is two UTF-16 code units: offsets must count it so
    assertThat(text.substring(0, start)).contains("😀");
    select(start, end);
    WebElement input = waitForElement(".picker .picker-input");
    input.sendKeys("family");
    waitFor(
        "document.querySelector('.picker-item.active .picker-name') && document.querySelector('.picker-item.active .picker-name').textContent === 'Family'");
    input.sendKeys(Keys.ENTER);
    waitFor("!document.querySelector('.picker')");

    browser.navigate().refresh();
    waitFor("window.__verbatimPainted !== undefined");
    // a painted run of exactly [start, end): nothing before or after it is highlighted with it
    assertThat(highlightedRanges(false)).contains(List.of((long) start, (long) end));
    assertThat(highlightedText(false, start, end)).isEqualTo(words);
    assertThat(browser.findElements(By.cssSelector(".stripes .stripe")))
        .hasSizeGreaterThanOrEqualTo(2);

    List<Map<String, Object>> codings = codingsOf(p01);
    assertThat(codings)
        .anySatisfy(
            c -> {
              assertThat(((Number) c.get("start")).intValue()).isEqualTo(start);
              assertThat(((Number) c.get("end")).intValue()).isEqualTo(end);
              assertThat(((Number) c.get("code")).longValue()).isEqualTo(family.value());
            });
  }

  @Test
  void blindCodingHidesTheOtherCodersCodings() {
    signIn("ann");
    open(p01);
    // without blind coding, ben's coding shows (marked as another coder's)
    assertThat(highlightedRanges(true))
        .contains(List.of((long) bensSpan.start(), (long) bensSpan.end()));

    web.server().services().settings().setBlindCoding(true, "olivia");
    browser.navigate().refresh();
    waitFor("window.__verbatimPainted !== undefined");
    assertThat(highlightedRanges(true)).isEmpty();
    assertThat(browser.findElement(By.cssSelector(".badge.blind")).isDisplayed()).isTrue();
    assertThat(codingsOf(p01))
        .noneSatisfy(
            c -> assertThat(((Number) c.get("start")).intValue()).isEqualTo(bensSpan.start()));
  }

  @Test
  void markupInATranscriptIsShownAsTextAndNeverRuns() {
    signIn("ann");
    open(hostile);
    String shown = browser.findElement(By.cssSelector(".doc-text")).getText();
    assertThat(shown)
        .contains("<script>window.__xss = 1</script>", "<img src=x onerror=\"window.__xss=2\">");
    assertThat(browser.findElements(By.cssSelector(".doc-text img, .doc-text script"))).isEmpty();
    assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
  }

  @Test
  void aStateChangingRequestWithoutTheCsrfTokenIsRefused() {
    signIn("ann");
    Map<String, Object> without = fetch("POST", "/api/codes", "{\"name\":\"No token\"}", false);
    assertThat(without.get("status")).isEqualTo(403L);
    assertThat((String) without.get("body")).contains("csrf");
    Map<String, Object> with = fetch("POST", "/api/codes", "{\"name\":\"With token\"}", true);
    assertThat(with.get("status")).isEqualTo(201L);
  }

  @Test
  void aViewerCanReadButCannotCreateACoding() {
    signIn("vic");
    open(p01);
    String text = (String) browser.executeScript("return window.__verbatimView.doc.text");
    int start = text.indexOf("messy");
    select(start, start + 5);
    sleep(300);
    assertThat(browser.findElements(By.cssSelector(".picker"))).isEmpty();
    String body =
        "{\"document\":"
            + p01.id().value()
            + ",\"code\":"
            + family.value()
            + ",\"start\":"
            + start
            + ",\"end\":"
            + (start + 5)
            + "}";
    Map<String, Object> refused = fetch("POST", "/api/codings", body, true);
    assertThat(refused.get("status")).isEqualTo(403L);
  }

  @Test
  void codesCreatedAndRenamedByOthersAppearWithoutReload() throws Exception {
    signIn("ann");
    open(p01);
    waitFor("window.__verbatimEvents === 'open'");
    try (HttpApi ben = HttpApi.signIn(web, "ben")) {
      Map<String, Object> code = ben.post("/api/codes", "{\"name\":\"Live from ben\"}");
      waitFor("document.querySelector('.codebook').textContent.includes('Live from ben')");
      ben.patch(
          "/api/codes/" + code.get("id"),
          "{\"version\":" + code.get("version") + ",\"name\":\"Renamed by ben\"}");
      waitFor("document.querySelector('.codebook').textContent.includes('Renamed by ben')");
    }
    assertThat(browser.findElement(By.cssSelector(".codebook")).getText())
        .doesNotContain("Live from ben");
  }

  @Test
  void codeAllResultsCodesEverySentenceHitAsOneUndoableAction() {
    signIn("ann");
    browser.get(web.url("/#/search?q=family"));
    waitFor("document.querySelectorAll('.kwic tr.hit').length === 3");
    browser.findElement(By.xpath("//button[contains(., 'Code all results')]")).click();
    WebElement input = waitForElement(".picker .picker-input");
    input.sendKeys("Families");
    waitFor(
        "document.querySelector('.picker-item.active') && document.querySelector('.picker-item.active').textContent.includes('Create')");
    input.sendKeys(Keys.ENTER);
    waitFor("!document.querySelector('.picker')");
    List<Map<String, Object>> coded = waitForCodings("Families", 3);
    String p01text = web.project().store().documents().get(p01.id()).orElseThrow().text();
    assertThat(coded)
        .filteredOn(c -> ((Number) c.get("document")).longValue() == p01.id().value())
        .extracting(
            c ->
                p01text.substring(
                    ((Number) c.get("start")).intValue(), ((Number) c.get("end")).intValue()))
        .containsExactlyInAnyOrder(
            "It was messy 😀 and the family wasn't told.",
            "Then the social worker called the family, and it got better.");

    new Actions(browser).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
    waitForCodings("Families", 0);
  }

  @Test
  void overlappingCodingsAreHighlightedExactlyAndStripedInTheirOwnLanes() {
    String text = web.project().store().documents().get(p02.id()).orElseThrow().text();
    int a = text.indexOf("new ward");
    int b = text.indexOf("Busy");
    int c = text.indexOf("family meetings");
    CodeId discharge = web.code("Ward", "#1f77b4");
    CodeId meetings = web.code("Meetings", "#ff7f0e");
    web.codings("ann", p02, discharge, List.of(new Span(a, a + "new ward".length())));
    web.codings("ann", p02, meetings, List.of(new Span(b, c + "family meetings".length())));
    web.codings("ann", p02, family, List.of(new Span(c, c + "family".length())));
    signIn("ann");
    open(p02);
    assertThat(highlightedRanges(false))
        .containsExactly(List.of((long) a, (long) (a + 8)), List.of((long) b, (long) (c + 15)));
    // the inner coding cuts the outer one at its boundaries, and its segment carries both codes
    @SuppressWarnings("unchecked")
    List<Long> cuts =
        (List<Long>)
            browser.executeScript(
                "return [...document.querySelectorAll('.doc-text span.t.hl')].map(s => +s.dataset.start)");
    assertThat(cuts).contains((long) b, (long) c, (long) (c + 6));
    Object lanes =
        browser.executeScript(
            "return new Set([...document.querySelectorAll('.stripe')].map(s => s.style.left)).size");
    assertThat(((Number) lanes).intValue()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void clickingAHighlightEditsItsMemoAndHoverShowsCodeCoderAndMemo() {
    String text = web.project().store().documents().get(p01.id()).orElseThrow().text();
    int at = text.indexOf("Naïve plans fail");
    CodeId plans = web.code("Plans", "#9467bd");
    web.codings("ann", p01, plans, List.of(new Span(at, at + "Naïve plans fail".length())));
    signIn("ann");
    open(p01);
    WebElement highlight =
        browser.findElements(By.cssSelector(".doc-text span.t.hl")).stream()
            .filter(e -> e.getText().contains("plans"))
            .findFirst()
            .orElseThrow();
    highlight.click();
    WebElement memo = waitForElement(".editor .editor-memo");
    memo.sendKeys("Sounds resigned");
    browser
        .findElement(By.xpath("//div[contains(@class,'editor')]//button[text()='Save memo']"))
        .click();
    waitFor("!document.querySelector('.editor')");
    assertThat(codingsOf(p01))
        .anySatisfy(c -> assertThat(c.get("memo")).isEqualTo("Sounds resigned"));

    new Actions(browser).moveToElement(highlight).perform();
    waitFor(
        "document.querySelector('.tip') && document.querySelector('.tip').style.display !== 'none'");
    assertThat(browser.findElement(By.cssSelector(".tip")).getText())
        .contains("Plans", "ann", "Sounds resigned");
  }

  @Test
  void inVivoCodingNamesTheNewCodeAfterTheSelectedWords() {
    signIn("ann");
    open(p01);
    String text = (String) browser.executeScript("return window.__verbatimView.doc.text");
    int start = text.indexOf("it got better");
    select(start, start + "it got better".length());
    WebElement input = waitForElement(".picker .picker-input");
    input.sendKeys(Keys.chord(Keys.ALT, "v"));
    List<Map<String, Object>> coded = waitForCodings("it got better", 1);
    assertThat(((Number) coded.get(0).get("start")).intValue()).isEqualTo(start);
    assertThat(((Number) coded.get(0).get("end")).intValue())
        .isEqualTo(start + "it got better".length());
    waitFor("document.querySelector('.codebook').textContent.includes('it got better')");
  }

  // ---- helpers ------------------------------------------------------------------------------

  void signIn(String user) {
    Chromium.signIn(browser, web, user);
  }

  void open(DocumentSummary doc) {
    browser.executeScript("window.__verbatimPainted = undefined");
    browser.get(web.url("/#/documents/" + doc.id().value()));
    waitFor(
        "window.__verbatimPainted !== undefined && window.__verbatimReader.documentId === '"
            + doc.id().value()
            + "'");
  }

  List<WebElement> rows() {
    return browser.findElements(By.cssSelector(".doc-table tbody tr[data-id]"));
  }

  List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** Selects [start, end) of the stored text with a DOM Range and releases the mouse there. */
  void select(int start, int end) {
    browser.executeScript(
        "const [start, end] = [arguments[0], arguments[1]];"
            + "const spans = [...document.querySelectorAll('.doc-text span.t')];"
            + "const at = (o, isEnd) => { for (const s of spans) { const b = +s.dataset.start, n = s.firstChild.length;"
            + "  if (isEnd ? (o > b && o <= b + n) : (o >= b && o < b + n)) return [s.firstChild, o - b]; } };"
            + "const r = document.createRange(); r.setStart(...at(start, false)); r.setEnd(...at(end, true));"
            + "const sel = getSelection(); sel.removeAllRanges(); sel.addRange(r);"
            + "const rect = r.getBoundingClientRect();"
            + "r.endContainer.parentNode.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, button: 0,"
            + "  clientX: rect.right, clientY: rect.bottom}));",
        start,
        end);
  }

  /**
   * Merged [start, end) ranges painted as highlights: own layer, or other coders' when {@code
   * others}.
   */
  @SuppressWarnings("unchecked")
  List<List<Long>> highlightedRanges(boolean others) {
    return (List<List<Long>>)
        browser.executeScript(
            "const out = [];"
                + "for (const s of document.querySelectorAll('.doc-text span.t.hl')) {"
                + "  if (s.classList.contains('other') !== arguments[0]) continue;"
                + "  const a = +s.dataset.start, b = a + s.firstChild.length, last = out[out.length - 1];"
                + "  if (last && last[1] === a) last[1] = b; else out.push([a, b]); }"
                + "return out;",
            others);
  }

  /** The highlighted text (own layer, or others') between two offsets. */
  String highlightedText(boolean others, int from, int to) {
    return (String)
        browser.executeScript(
            "const [others, from, to] = arguments;"
                + "return [...document.querySelectorAll('.doc-text span.t.hl')]"
                + ".filter(s => s.classList.contains('other') === others"
                + "  && +s.dataset.start >= from && +s.dataset.start < to).map(s => s.textContent).join('')",
            others,
            from,
            to);
  }

  /** A request made by the page itself with its session cookie, with or without the CSRF header. */
  @SuppressWarnings("unchecked")
  Map<String, Object> fetch(String method, String path, String body, boolean withToken) {
    return (Map<String, Object>)
        browser.executeAsyncScript(
            "const [method, path, body, withToken, done] = arguments;"
                + "const headers = {'Content-Type': 'application/json'};"
                + "if (withToken) headers['X-CSRF-Token'] = sessionStorage.getItem('verbatim.csrf');"
                + "fetch(path, {method, headers, body: body || undefined, credentials: 'same-origin'})"
                + "  .then(async r => done({status: r.status, body: await r.text()}))"
                + "  .catch(e => done({status: -1, body: String(e)}));",
            method,
            path,
            body,
            withToken);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> codingsOf(DocumentSummary doc) {
    return (List<Map<String, Object>>)
        browser.executeAsyncScript(
            "const done = arguments[1];"
                + "fetch('/api/documents/' + arguments[0] + '/codings').then(r => r.json()).then(done);",
            doc.id().value());
  }

  /** Waits until the codings with the named code number {@code count}; returns them. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> waitForCodings(String codeName, int count) {
    String script =
        "const [name, done] = arguments;"
            + "(async () => { const codes = await (await fetch('/api/codes')).json();"
            + "  const code = codes.find(c => c.name === name);"
            + "  if (!code) return done([]);"
            + "  done(await (await fetch('/api/codings?code=' + code.id)).json()); })();";
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    List<Map<String, Object>> got;
    do {
      got = (List<Map<String, Object>>) browser.executeAsyncScript(script, codeName);
      if (got.size() == count) {
        return got;
      }
      sleep(100);
    } while (System.nanoTime() < deadline);
    assertThat(got).as("codings with code " + codeName).hasSize(count);
    return got;
  }

  WebElement waitForElement(String css) {
    waitFor("document.querySelector(" + quote(css) + ") !== null");
    return browser.findElement(By.cssSelector(css));
  }

  /** Polls a JavaScript condition for up to 10 s. */
  void waitFor(String condition) {
    Chromium.waitFor(browser, condition);
  }

  static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
