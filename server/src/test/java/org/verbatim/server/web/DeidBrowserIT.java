package org.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.deid.DeidMap;
import org.verbatim.core.deid.MapEntry;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Theme;

/**
 * The De-identify page in headless Chromium: the scan's forms show with counts and contexts, an
 * owner accepts one, maps one and rejects one (saved in the key file), and a de-identified Table 2
 * downloaded through the Export menu no longer holds the accepted names.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeidBrowserIT {
  static final String QUOTE =
      "Dr. Lin said the ward at Kaohsiung General Hospital was full, so Dr Lin sent us to Tainan.";

  @TempDir static Path dir;
  static Path downloads;
  static WebProject web;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    DocumentSummary p01 =
        web.importText("P01.txt", "Interviewer: What happened?\nK: " + QUOTE + "\n");
    web.participants("document,label,discipline", "P01,K,Nurse");
    web.account("olivia", Role.OWNER);
    CodeId code = web.code("Transfers", "#2ca02c");
    Actor owner = new Actor("olivia", Role.OWNER, Optional.empty());
    Theme theme =
        web.project()
            .services()
            .themes()
            .create(owner, Optional.empty(), "Moving patients", "Where they go.", List.of(code));
    String text = web.project().store().documents().get(p01.id()).orElseThrow().text();
    int s = text.indexOf(QUOTE);
    web.codings("olivia", p01, code, List.of(new Span(s, s + QUOTE.length())));
    web.project()
        .services()
        .quotes()
        .pin(theme.id(), p01.id(), List.of(new Span(s, s + QUOTE.length())), "olivia");
    // the language models load and annotate here, so the page's scan reads the cache
    web.project().services().deid().scan();
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
  void anOwnerAcceptsMapsAndRejectsFormsAndTheKeyFileKeepsThem() {
    browser.findElement(By.cssSelector("nav a[href='#/deid']")).click();
    waitFor("document.querySelector('.dd-page[data-loaded=true]') !== null");
    WebElement lin = form("Dr. Lin");
    assertThat(lin.getText()).contains("PERSON", "2× in 1 document", "found");
    assertThat(lin.findElement(By.cssSelector(".dd-context mark")).getText()).isEqualTo("Dr. Lin");
    // transcript text is inert: a context is text, never markup
    assertThat(lin.findElement(By.cssSelector(".dd-context")).getText()).contains("said the ward");

    form("Kaohsiung General Hospital").findElement(By.cssSelector(".dd-accept")).click();
    waitFor(statusIs("Kaohsiung General Hospital", "accepted"));
    WebElement mapped = form("Dr. Lin");
    mapped.findElement(By.cssSelector(".dd-replacement")).sendKeys("[psychiatrist]");
    mapped.findElement(By.cssSelector(".dd-map button")).click();
    waitFor(statusIs("Dr. Lin", "accepted"));
    assertThat(form("Dr. Lin").findElement(By.cssSelector(".dd-status")).getText())
        .isEqualTo("accepted → [psychiatrist 1]");
    form("Tainan").findElement(By.cssSelector(".dd-reject")).click();
    waitFor(statusIs("Tainan", "rejected"));

    DeidMap map = web.project().services().deid().map();
    assertThat(map.entryOf("Dr. Lin").orElseThrow().replacement()).isEqualTo("[psychiatrist 1]");
    assertThat(map.entryOf("Kaohsiung General Hospital").orElseThrow().decision())
        .isEqualTo(MapEntry.Decision.ACCEPTED);
    assertThat(map.entryOf("Tainan").orElseThrow().decision())
        .isEqualTo(MapEntry.Decision.REJECTED);
    // after a reload the page shows the saved decisions
    browser.navigate().refresh();
    waitFor("document.querySelector('.dd-page[data-loaded=true]') !== null");
    assertThat(form("Tainan").getAttribute("data-status")).isEqualTo("rejected");
  }

  @Test
  @Order(2)
  void aDeidentifiedTable2FromTheExportMenuLacksTheAcceptedNames() throws Exception {
    waitFor("document.querySelector('.export-menu > summary') !== null");
    browser.findElement(By.cssSelector(".export-menu > summary")).click();
    waitFor("document.querySelector('.ex-form select[name=what]') !== null");
    new Select(browser.findElement(By.cssSelector(".ex-form select[name=what]")))
        .selectByValue("themes");
    new Select(browser.findElement(By.cssSelector(".ex-form select[name=format]")))
        .selectByValue("docx");
    browser.findElement(By.cssSelector(".ex-form input[name=deidentified]")).click();
    assertThat(browser.findElement(By.cssSelector(".ex-form")).getAttribute("data-url"))
        .contains("deidentified=true");
    browser.findElement(By.cssSelector(".ex-download")).click();
    Path file = downloads.resolve("themes.docx");
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!(Files.exists(file) && Files.size(file) > 0) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    waitFor(
        "document.querySelector('.ex-status').textContent.startsWith('Downloaded themes.docx')");
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("[psychiatrist 1] said the ward at [organisation 1] was full")
          .contains("Tainan")
          .doesNotContain("Lin")
          .doesNotContain("Kaohsiung");
    }
  }

  WebElement form(String name) {
    return browser.findElements(By.cssSelector(".dd-form")).stream()
        .filter(e -> name.equals(e.getAttribute("data-form")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not listed"));
  }

  static String statusIs(String form, String status) {
    return "[...document.querySelectorAll('.dd-form')].some(e => e.dataset.form === '"
        + form
        + "' && e.dataset.status === '"
        + status
        + "')";
  }

  void waitFor(String condition) {
    Chromium.waitFor(browser, condition);
  }
}
