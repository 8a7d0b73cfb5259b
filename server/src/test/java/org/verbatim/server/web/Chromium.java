package org.verbatim.server.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium through the system's chromedriver. The driver and browser paths are given
 * explicitly, so Selenium Manager never downloads anything; without Chromium, tests skip.
 */
final class Chromium {
  static final File BROWSER = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");

  // Selenium warns that it has no DevTools bindings for this Chromium version; we use none.
  private static final List<Logger> QUIET =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium"));

  static {
    QUIET.forEach(l -> l.setLevel(Level.SEVERE));
  }

  private Chromium() {}

  static boolean available() {
    return BROWSER.canExecute() && DRIVER.canExecute();
  }

  /** Skips the calling test class when Chromium or chromedriver is missing. */
  static void assumeAvailable() {
    Assumptions.assumeTrue(
        available(),
        "browser tests need "
            + BROWSER
            + " and "
            + DRIVER
            + " (apt-get install chromium chromium-driver)");
  }

  /**
   * A fresh headless browser with its own profile folder, its window 1280×800, the web UI's test
   * hooks switched on.
   */
  static ChromeDriver start(Path profileParent) {
    return start(profileParent, true);
  }

  /** {@link #start(Path)}, with the web UI's test hooks on or (as for a user) off. */
  static ChromeDriver start(Path profileParent, boolean testHooks) {
    Path profile;
    try {
      profile = Files.createTempDirectory(profileParent, "chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,800",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 800));
    // the viewport itself 1280×800, whatever the headless window adds around it
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    // the web UI's test switch: its window.__verbatim* hooks exist only when this is set before
    // any script of the page runs (web-ui js/test-hooks.js)
    if (testHooks) {
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument",
          Map.of("source", "window.__verbatimTestHooks = true;"));
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return driver;
  }

  /** Polls a JavaScript condition in {@code browser} for up to 10 s. */
  static void waitFor(ChromeDriver browser, String condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      Object ok =
          browser.executeScript(
              "try { return Boolean(" + condition + "); } catch (e) { return false; }");
      if (Boolean.TRUE.equals(ok)) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(
        "timed out waiting for: " + condition + "\npage: " + browser.getCurrentUrl());
  }

  /** GETs {@code path} with the browser's session (cookies) and parses the answer as JSON. */
  static com.fasterxml.jackson.databind.JsonNode getJson(ChromeDriver browser, String path)
      throws java.io.IOException {
    Object body =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERR ' + e));",
            path);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(String.valueOf(body));
  }

  /** Signs {@code user} in through the login page and waits for the document list. */
  static void signIn(ChromeDriver browser, WebProject web, String user) {
    browser.get(web.url("/#/login"));
    waitFor(browser, "document.querySelector('#login-form') !== null");
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys(WebProject.PASSWORD, Keys.ENTER);
    waitFor(browser, "document.querySelector('.doc-table tbody tr[data-id]') !== null");
  }
}
