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
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;

/**
 * Benchmark, not part of the default build (the class name matches neither surefire's nor
 * failsafe's patterns): a 20,000-word transcript with 2,000 codings (30 codes, two coders, many
 * overlapping) opened in headless Chromium, timed from navigation start to the frame painted with
 * all highlights and stripes ({@code window.__verbatimPainted}, set after that frame).
 *
 * <p>Run: {@code mvn -B -o verify -pl server -am -Dit.test=ReaderPaintBenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true}; figures are printed and
 * written to {@code server/target/benchmarks/reader-paint.txt}.
 */
class ReaderPaintBenchmark {
  static final int WORDS = 20_000;
  static final int CODINGS = 2_000;
  static final int CODES = 30;
  static final int WARMUP = 2;
  static final int RUNS = 10;

  @TempDir Path dir;

  @Test
  void opensALongCodedTranscriptFullyPainted() throws IOException {
    Chromium.assumeAvailable();
    String report = run(dir);
    System.out.println(report);
    Path out = Path.of("target", "benchmarks", "reader-paint.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }

  public static void main(String[] args) throws IOException {
    Path tmp = Files.createTempDirectory("verbatim-paint-bench");
    System.out.println(run(tmp));
  }

  static String run(Path dir) {
    try (WebProject web = WebProject.create(dir)) {
      DocumentSummary doc = web.importText("Long.txt", transcript(new Random(20_000)));
      List<CodeId> codes = new ArrayList<>();
      for (int i = 0; i < CODES; i++) {
        codes.add(
            web.code(
                "Code " + (i + 1),
                String.format(Locale.ROOT, "#%06x", (i * 0x9E3779B9L) & 0xFFFFFFL)));
      }
      addCodings(web, doc, codes, new Random(2_000));
      web.account("ann", Role.CODER);
      web.start();
      ChromeDriver browser = Chromium.start(dir);
      try {
        signIn(web, browser);
        double[] total = new double[RUNS];
        double[] render = new double[RUNS];
        double[] data = new double[RUNS];
        long spans = 0;
        long stripes = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
          browser.get("about:blank");
          browser.get(web.url("/#/documents/" + doc.id().value()));
          waitPainted(browser);
          @SuppressWarnings("unchecked")
          Map<String, Object> m =
              (Map<String, Object>)
                  browser.executeScript(
                      "const mark = n => performance.getEntriesByName(n)[0].startTime;"
                          + "return {painted: window.__verbatimPainted, open: mark('verbatim:open'),"
                          + " data: mark('verbatim:data'),"
                          + " spans: document.querySelectorAll('.doc-text span.t').length,"
                          + " highlighted: document.querySelectorAll('.doc-text span.t.hl').length,"
                          + " stripes: document.querySelectorAll('.stripes .stripe').length};");
          if (((Number) m.get("painted")).doubleValue() > 3_000) {
            // an outlier: say which request or phase held it up
            System.out.println(
                "slow run "
                    + i
                    + ": "
                    + m
                    + " "
                    + browser.executeScript(
                        "return performance.getEntriesByType('resource').map(r => r.name.replace(location.origin, '')"
                            + " + ' ' + Math.round(r.startTime) + '+' + Math.round(r.duration)).join(', ')"
                            + " + ' | marks ' + performance.getEntriesByType('mark').map(m => m.name + '@' + Math.round(m.startTime)).join(' ')"
                            + " + ' | nav ' + JSON.stringify(performance.getEntriesByType('navigation')[0])"));
          }
          if (i >= WARMUP) {
            double painted = ((Number) m.get("painted")).doubleValue();
            double loaded = ((Number) m.get("data")).doubleValue();
            total[i - WARMUP] = painted;
            data[i - WARMUP] = loaded;
            render[i - WARMUP] = painted - loaded;
          }
          spans = ((Number) m.get("spans")).longValue();
          stripes = ((Number) m.get("stripes")).longValue();
          assertThat(((Number) m.get("highlighted")).longValue()).isGreaterThan(CODINGS / 2);
          assertThat(stripes).isPositive();
        }
        // Stripes off screen are drawn as their blocks come near: scroll through and count them
        // all.
        long allStripes =
            ((Number)
                    browser.executeAsyncScript(
                        "const done = arguments[0]; const s = document.querySelector('.doc-scroll');"
                            + "const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));"
                            + "(async () => { for (let y = 0; y <= s.scrollHeight; y += s.clientHeight) {"
                            + "  s.scrollTop = y; await frame(); await frame(); }"
                            + "  done(document.querySelectorAll('.stripes .stripe').length); })();"))
                .longValue();
        assertThat(allStripes).isGreaterThanOrEqualTo(CODINGS);
        String words = browser.findElement(By.cssSelector(".doc-meta")).getText();
        // where the time of one (the last) load went
        Object breakdown =
            browser.executeScript(
                "const nav = performance.getEntriesByType('navigation')[0];"
                    + "const api = performance.getEntriesByType('resource').filter(r => r.name.includes('/api/'))"
                    + "  .map(r => r.name.replace(location.origin, '') + ' ' + Math.round(r.startTime) + '-' + Math.round(r.responseEnd));"
                    + "const js = performance.getEntriesByType('resource').filter(r => r.name.endsWith('.js'));"
                    + "return 'html ' + Math.round(nav.responseEnd) + ', modules loaded '"
                    + "  + Math.round(Math.max(...js.map(r => r.responseEnd))) + ', DOMContentLoaded '"
                    + "  + Math.round(nav.domContentLoadedEventStart) + '; ' + api.join(', ') + '; marks '"
                    + "  + performance.getEntriesByType('mark').map(m => m.name.replace('verbatim:', '') + ' ' + Math.round(m.startTime)).join(', ');");
        return String.format(
            Locale.ROOT,
            "reader paint benchmark: %d words (%s), %d codings, %d codes; %d text segments; %d stripes at"
                + " first paint (the blocks near the viewport), %d after scrolling through;"
                + " headless Chromium %s, viewport 1280x800, %d runs after %d warm-up%n"
                + "  navigation start -> fully painted: median %.0f ms, min %.0f, max %.0f%n"
                + "  navigation start -> document and codings loaded: median %.0f ms%n"
                + "  loaded -> fully painted (segments, highlights, stripes, first frame): median %.0f ms, min %.0f, max %.0f%n"
                + "  last load (ms after navigation start): %s%n",
            WORDS,
            words.replace('\n', ' '),
            CODINGS,
            CODES,
            spans,
            stripes,
            allStripes,
            browser.getCapabilities().getBrowserVersion(),
            RUNS,
            WARMUP,
            median(total),
            min(total),
            max(total),
            median(data),
            median(render),
            min(render),
            max(render),
            breakdown);
      } finally {
        browser.quit();
      }
    }
  }

  /** About {@link #WORDS} words in alternating interviewer and participant turns. */
  static String transcript(Random random) {
    String[] vocabulary =
        ("the a we they she he it our their team ward family patient nurse manager discharge plan meeting"
                + " support peer worker social care home hospital time week day night shift staff told asked felt"
                + " knew wanted needed tried found said thought was were had have did could would should never"
                + " always often sometimes really quite very much more less better worse hard easy late early"
                + " because when after before while though so and but or then also just still again")
            .split(" ");
    StringBuilder text = new StringBuilder();
    int words = 0;
    boolean interviewer = true;
    while (words < WORDS) {
      text.append(interviewer ? "Interviewer: " : "Nurse K: ");
      int sentences = interviewer ? 1 + random.nextInt(2) : 3 + random.nextInt(8);
      for (int s = 0; s < sentences && words < WORDS; s++) {
        int length = 6 + random.nextInt(18);
        for (int w = 0; w < length; w++) {
          String word = vocabulary[random.nextInt(vocabulary.length)];
          text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
          text.append(w == length - 1 ? (interviewer && s == sentences - 1 ? "?" : ".") : " ");
          words++;
        }
        text.append(' ');
      }
      text.setLength(text.length() - 1);
      text.append('\n');
      interviewer = !interviewer;
    }
    return text.toString();
  }

  /** {@link #CODINGS} codings of 5–80 words in two coders' layers, anywhere (so many overlap). */
  static void addCodings(WebProject web, DocumentSummary doc, List<CodeId> codes, Random random) {
    String text = web.project().store().documents().get(doc.id()).orElseThrow().text();
    int[] wordStarts = wordStarts(text);
    for (String coder : List.of("ann", "ben")) {
      for (CodeId code : codes) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0;
            i < CODINGS / 2 / CODES + (codes.indexOf(code) < (CODINGS / 2) % CODES ? 1 : 0);
            i++) {
          int first = random.nextInt(wordStarts.length - 100);
          int last = first + 5 + random.nextInt(75);
          int end = text.indexOf(' ', wordStarts[last]);
          spans.add(new Span(wordStarts[first], end < 0 ? text.length() : end));
        }
        web.codings(coder, doc, code, spans);
      }
    }
  }

  static int[] wordStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))
          && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        starts.add(i);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  static void signIn(WebProject web, ChromeDriver browser) {
    browser.get(web.url("/#/login"));
    waitFor(browser, "document.querySelector('#login-form') !== null");
    browser.findElement(By.name("username")).sendKeys("ann");
    browser.findElement(By.name("password")).sendKeys(WebProject.PASSWORD, Keys.ENTER);
    waitFor(browser, "document.querySelector('.doc-table tbody tr[data-id]') !== null");
  }

  static void waitPainted(ChromeDriver browser) {
    waitFor(browser, "window.__verbatimPainted !== undefined");
  }

  static void waitFor(ChromeDriver browser, String condition) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      Object ok =
          browser.executeScript(
              "try { return Boolean(" + condition + "); } catch (e) { return false; }");
      if (Boolean.TRUE.equals(ok)) {
        return;
      }
      ReaderBrowserIT.sleep(20);
    }
    throw new AssertionError("timed out waiting for " + condition);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }
}
