package org.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;

/**
 * Benchmark, not part of the default build (the class name matches neither surefire's nor
 * failsafe's patterns): the reconcile page of one document with 500 disagreements (two coders whose
 * boundaries differ on 500 sentences) in headless Chromium, timed from navigation start until the
 * first cards are on the page and take keys ({@code window.__verbatimReconcileReady}; the rest are
 * appended in slices between frames), one key press ("j") until the next card is current, and until
 * all 500 cards are there ({@code window.__verbatimReconcileAll}).
 *
 * <p>Run: {@code mvn -B -o verify -pl server -am -Dit.test=ReconcilePageBenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
 * -Dspotless.check.skip=true}; figures are printed and written to {@code
 * server/target/benchmarks/reconcile-page.txt}.
 */
class ReconcilePageBenchmark {
  static final int DISAGREEMENTS = 500;
  static final int WARMUP = 2;
  static final int RUNS = 8;

  @TempDir Path dir;

  @Test
  void opensADocumentWithFiveHundredDisagreementsReadyForKeys() throws IOException {
    Chromium.assumeAvailable();
    StringBuilder text = new StringBuilder();
    List<Span> ann = new ArrayList<>();
    List<Span> ben = new ArrayList<>();
    for (int i = 0; i < DISAGREEMENTS; i++) {
      text.append("Nurse K: ");
      int start = text.length();
      text.append("Sentence ").append(i).append(" tells how the ward felt on a long night shift.");
      int end = text.length();
      text.append(" And then it went on for a while.\n");
      ann.add(new Span(start, end));
      ben.add(new Span(start, end - 10));
    }
    try (WebProject web = WebProject.create(dir)) {
      DocumentSummary doc = web.importText("B500.txt", text.toString());
      web.account("olivia", Role.OWNER);
      web.account("ann", Role.CODER);
      web.account("ben", Role.CODER);
      CodeId code = web.code("Night shift", "#2ca02c");
      String stored = web.project().store().documents().get(doc.id()).orElseThrow().text();
      assertThat(stored).isEqualTo(text.toString().strip() + "\n");
      web.codings("ann", doc, code, ann);
      web.codings("ben", doc, code, ben);
      long a = web.project().store().coders().byName("ann").map(Coder::id).orElseThrow().value();
      long b = web.project().store().coders().byName("ben").map(Coder::id).orElseThrow().value();
      web.start();
      ChromeDriver browser = Chromium.start(dir);
      try {
        Chromium.signIn(browser, web, "olivia");
        String url = web.url("/reconcile.html#doc=" + doc.id().value() + "&coders=" + a + "," + b);
        double[] ready = new double[RUNS];
        double[] key = new double[RUNS];
        double[] complete = new double[RUNS];
        double[] server = new double[RUNS];
        double[] received = new double[RUNS];
        for (int run = -WARMUP; run < RUNS; run++) {
          browser.get(web.url("/index.html#/documents"));
          browser.get(url);
          Chromium.waitFor(
              browser,
              "window.__verbatimReconcileReady !== undefined"
                  + " && document.querySelectorAll('.rc-item').length === "
                  + DISAGREEMENTS);
          double r =
              ((Number) browser.executeScript("return window.__verbatimReconcileReady;"))
                  .doubleValue();
          // the review route as the browser saw it: request sent -> first byte (the server's
          // time) and -> last byte (when the client can start drawing)
          @SuppressWarnings("unchecked")
          List<Number> timing =
              (List<Number>)
                  browser.executeScript(
                      "const e = performance.getEntriesByType('resource')"
                          + ".filter(x => x.name.includes('/disagreements'))[0];"
                          + " return e ? [e.responseStart - e.requestStart, e.responseEnd]"
                          + " : [0, 0];");
          long before = System.nanoTime();
          new Actions(browser).sendKeys("j").perform();
          Chromium.waitFor(
              browser, "document.querySelectorAll('.rc-item')[1].classList.contains('rc-current')");
          double k = (System.nanoTime() - before) / 1e6;
          Chromium.waitFor(
              browser,
              "window.__verbatimReconcileAll !== undefined"
                  + " && document.querySelectorAll('.rc-item').length === "
                  + DISAGREEMENTS);
          double all =
              ((Number) browser.executeScript("return window.__verbatimReconcileAll;"))
                  .doubleValue();
          if (run >= 0) {
            ready[run] = r;
            key[run] = k;
            complete[run] = all;
            server[run] = timing.get(0).doubleValue();
            received[run] = timing.get(1).doubleValue();
          }
        }
        String report = report(ready, key, complete, server, received);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "reconcile-page.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
      } finally {
        browser.quit();
      }
    }
  }

  static String report(
      double[] ready, double[] key, double[] complete, double[] server, double[] received) {
    double[] drawn = new double[ready.length];
    for (int i = 0; i < ready.length; i++) {
      drawn[i] = ready[i] - received[i];
    }
    Arrays.sort(drawn);
    double[] s = server.clone();
    double[] got = received.clone();
    Arrays.sort(s);
    Arrays.sort(got);
    double[] r = ready.clone();
    double[] k = key.clone();
    double[] c = complete.clone();
    Arrays.sort(r);
    Arrays.sort(k);
    Arrays.sort(c);
    return String.format(
        Locale.ROOT,
        "reconcile page, %d disagreements, %d runs after %d warm-ups:%n"
            + "  navigation start -> cards on the page and taking keys: median %.0f ms"
            + " (min %.0f, max %.0f; target < 1000 ms)%n"
            + "  key 'j' -> next card current (round trip through WebDriver): median %.0f ms%n"
            + "  navigation start -> all %d cards on the page: median %.0f ms%n"
            + "  where the first figure goes: review route request -> first byte (server) median"
            + " %.0f ms; navigation start -> review fully received median %.0f ms;"
            + " received -> ready (client drawing) median %.0f ms%n"
            + "  machine load average at the end: %s%n",
        DISAGREEMENTS,
        RUNS,
        WARMUP,
        r[r.length / 2],
        r[0],
        r[r.length - 1],
        k[k.length / 2],
        DISAGREEMENTS,
        c[c.length / 2],
        s[s.length / 2],
        got[got.length / 2],
        drawn[drawn.length / 2],
        loadAverage());
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
