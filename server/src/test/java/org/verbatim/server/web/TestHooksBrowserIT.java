package org.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;

/** The web UI's test hooks (window.__verbatim*) exist only when the test switch turns them on. */
class TestHooksBrowserIT {
  @TempDir static Path dir;
  static WebProject web;
  static DocumentSummary doc;

  @BeforeAll
  static void start() {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    doc = web.importText("P01.txt", "Interviewer: How was it?\nNurse K: Hope kept us going.\n");
    web.account("ann", Role.CODER);
    CodeId hope = web.code("Hope", "#2ca02c");
    web.codings("ann", doc, hope, List.of(new Span(34, 38)));
    web.start();
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void aUsersBrowserPaintsTheReaderWithoutAnyTestHook() {
    assertThat(hooksAfterOpeningTheReader(false)).isEqualTo(List.of(false, false, false, false));
  }

  @Test
  void theTestSwitchTurnsTheHooksOn() {
    assertThat(hooksAfterOpeningTheReader(true)).isEqualTo(List.of(true, true, true, true));
  }

  private List<?> hooksAfterOpeningTheReader(boolean testHooks) {
    ChromeDriver browser = Chromium.start(dir, testHooks);
    try {
      Chromium.signIn(browser, web, "ann");
      browser.get(web.url("/#/documents/" + doc.id().value()));
      Chromium.waitFor(browser, "document.querySelector('.doc-host span.t.hl') !== null");
      if (testHooks) {
        Chromium.waitFor(
            browser, "'__verbatimPainted' in window && window.__verbatimEvents === 'open'");
      } else {
        // with the switch on they are set one frame after painting: give a wrong one time to show
        settle();
      }
      return (List<?>)
          browser.executeScript(
              "return ['__verbatimPainted', '__verbatimReader', '__verbatimView',"
                  + " '__verbatimEvents'].map(n => n in window)");
    } finally {
      browser.quit();
    }
  }

  private static void settle() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
