package org.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;

/**
 * The reconcile page's agreement table with theme rows, in headless Chromium: two coders chose
 * sibling codes of one theme for the same two of four sentences, so by code they never agree (each
 * code: one coder coded 2 of 4 sentences, the other none, 50 %) while on the theme, with codings
 * rolled up, they agree on every sentence (100 %, κ 1.00).
 */
class ReconcileThemesBrowserIT {
  static final String TEXT =
      "Nurse K: The team covered my shifts when I was ill.\n"
          + "Nurse K: The car park is far from the ward.\n"
          + "Nurse K: My manager checked on me every week.\n"
          + "Nurse K: Lunch is at noon.\n";

  @TempDir Path dir;

  @Test
  void showsAgreementOnAThemeWhereCodersChoseSiblingCodes() {
    Chromium.assumeAvailable();
    try (WebProject web = WebProject.create(dir)) {
      DocumentSummary doc = web.importText("P01.txt", TEXT);
      web.account("olivia", Role.OWNER);
      web.account("ann", Role.CODER);
      web.account("ben", Role.CODER);
      CodeId peer = web.code("Peer support", "#2ca02c");
      CodeId manager = web.code("Manager support", "#1f77b4");
      web.project()
          .store()
          .themes()
          .create(new NewTheme(Optional.empty(), "Support", "", List.of(peer, manager)), "olivia");
      String text = web.project().store().documents().get(doc.id()).orElseThrow().text();
      List<Span> coded = List.of(sentence(text, "The team covered"), sentence(text, "My manager"));
      web.codings("ann", doc, peer, coded);
      web.codings("ben", doc, manager, coded);
      long ann = coder(web, "ann");
      long ben = coder(web, "ben");
      web.start();
      ChromeDriver browser = Chromium.start(dir);
      try {
        Chromium.signIn(browser, web, "olivia");
        browser.get(
            web.url("/reconcile.html#doc=" + doc.id().value() + "&coders=" + ann + "," + ben));
        Chromium.waitFor(browser, "document.querySelectorAll('.rc-agreement-table tr').length > 1");
        assertThat(browser.findElements(By.cssSelector(".rc-agreement-table tr.theme"))).isEmpty();

        new Select(browser.findElement(By.cssSelector("select.rc-by")))
            .selectByVisibleText("Codes and themes");
        Chromium.waitFor(
            browser, "document.querySelector('.rc-agreement-table tr.theme[data-theme]') !== null");
        WebElement theme =
            browser.findElement(By.cssSelector(".rc-agreement-table tr.theme[data-theme]"));
        List<String> cells =
            theme.findElements(By.tagName("td")).stream()
                .map(e -> e.getAttribute("textContent"))
                .toList();
        // each cell reads "before → now"; the first report computed is also the baseline
        assertThat(cells).containsExactly("Support", "100% → 100%", "1.00 → 1.00", "1.00 → 1.00");
        WebElement peerRow =
            browser.findElements(By.cssSelector(".rc-agreement-table tbody tr")).stream()
                .filter(r -> r.getAttribute("textContent").startsWith("Peer support"))
                .findFirst()
                .orElseThrow();
        assertThat(peerRow.findElements(By.tagName("td")).get(1).getAttribute("textContent"))
            .isEqualTo("50% → 50%");
        assertThat(
                browser
                    .findElement(By.cssSelector(".rc-agreement-table tr.rc-theme-head"))
                    .getText())
            .isEqualTo("Themes");
      } finally {
        browser.quit();
      }
    }
  }

  private static Span sentence(String text, String opening) {
    int start = text.indexOf(opening);
    return new Span(start, text.indexOf('.', start) + 1);
  }

  private static long coder(WebProject web, String name) {
    return web.project().store().coders().byName(name).map(Coder::id).orElseThrow().value();
  }
}
