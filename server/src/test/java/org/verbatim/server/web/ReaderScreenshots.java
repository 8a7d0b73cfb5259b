package org.verbatim.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Role;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;
import org.verbatim.server.api.ServerConfig;
import org.verbatim.server.cli.VerbatimCli;

/**
 * Screenshots of the reader (highlights and stripes) and the codebook at 1280×800 from the demo
 * study, for docs/screenshots. Not part of the default build; run with {@code mvn -B -o verify -pl
 * server -am -Dit.test=ReaderScreenshots -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dspotless.check.skip=true}, or {@code main(projectFolder, outputFolder)} on an existing project.
 */
class ReaderScreenshots {
  static final String CODER = "mei";
  static final String DOCUMENT = "P01";

  @TempDir Path dir;

  @Test
  void takesReaderAndCodebookScreenshotsOfTheDemo() {
    Chromium.assumeAvailable();
    Assumptions.assumeTrue(
        ReaderScreenshots.class.getResource("/corpora/demo/participants.csv") != null,
        "the demo study is not on the classpath");
    Path demo = dir.resolve("demo");
    int exit = VerbatimCli.commandLine().execute("demo", demo.toString(), "--no-serve");
    if (exit != 0) {
      throw new AssertionError("building the demo failed with exit code " + exit);
    }
    take(demo, Path.of("..", "docs", "screenshots").toAbsolutePath().normalize(), dir);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ReaderScreenshots PROJECT_FOLDER OUTPUT_FOLDER");
      System.exit(2);
    }
    Path tmp = Files.createTempDirectory("verbatim-screenshots");
    Path copy = tmp.resolve("project");
    copyTree(Path.of(args[0]), copy);
    take(copy, Path.of(args[1]), tmp);
  }

  /**
   * Signs in as a demo coder on a scratch copy of the project and saves reader.png and
   * codebook.png.
   */
  static void take(Path projectFolder, Path out, Path scratch) {
    try (Project project = Project.open(projectFolder)) {
      Accounts accounts = ServerLauncher.accounts(project);
      Optional<Account> existing =
          accounts.list().stream().filter(a -> a.username().equals(CODER)).findFirst();
      if (existing.isPresent()) {
        accounts.setPassword(
            existing.get().id(),
            existing.get().version(),
            Optional.of(WebProject.PASSWORD),
            "screenshots");
      } else {
        accounts.create(CODER, Role.CODER, Optional.of(WebProject.PASSWORD), "screenshots");
      }
      DocumentSummary doc =
          project
              .store()
              .documents()
              .byName(DOCUMENT)
              .map(d -> d.summary())
              .orElseGet(() -> project.store().documents().list().get(0));
      try (ServerLauncher.Running server =
          ServerLauncher.start(project, "127.0.0.1", 0, ServerConfig.defaults())) {
        ChromeDriver browser = Chromium.start(scratch);
        try {
          String base = "http://127.0.0.1:" + server.port();
          browser.get(base + "/#/login");
          ReaderPaintBenchmark.waitFor(browser, "document.querySelector('#login-form') !== null");
          browser.findElement(By.name("username")).sendKeys(CODER);
          browser.findElement(By.name("password")).sendKeys(WebProject.PASSWORD, Keys.ENTER);
          ReaderPaintBenchmark.waitFor(
              browser, "document.querySelector('.doc-table tbody tr[data-id]') !== null");
          browser.get(base + "/#/documents/" + doc.id().value());
          ReaderPaintBenchmark.waitPainted(browser);
          // the counts load after the text; let them arrive, then hover a highlight for its card
          ReaderPaintBenchmark.waitFor(
              browser,
              "document.querySelector('.cb-count') && document.querySelector('.cb-count').textContent !== ''");
          browser.executeScript("document.querySelector('.doc-scroll').scrollTop = 160;");
          ReaderBrowserIT.sleep(300);
          Files.createDirectories(out);
          save(browser, out.resolve("reader.png"));

          browser.get(base + "/#/codebook");
          ReaderPaintBenchmark.waitFor(browser, "document.querySelectorAll('.cb-row').length > 0");
          ReaderPaintBenchmark.waitFor(
              browser, "document.querySelector('.cb-count').textContent !== ''");
          browser.executeScript(
              "const rows = [...document.querySelectorAll('.cb-row')];"
                  + "(rows.find(r => r.parentNode.querySelector('ul')) || rows[0]).click();");
          ReaderBrowserIT.sleep(300);
          save(browser, out.resolve("codebook.png"));
        } finally {
          browser.quit();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void save(ChromeDriver browser, Path file) throws IOException {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("wrote " + file);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
