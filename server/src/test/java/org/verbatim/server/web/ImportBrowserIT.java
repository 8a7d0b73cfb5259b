package org.verbatim.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.verbatim.core.model.Role;

/**
 * The Import page in headless Chromium against a real server: two transcripts (and a bad one)
 * picked at once reach done with their speakers, a participants CSV is previewed with its matched
 * and unmatched rows, confirmed, and the document list shows the attributes.
 */
class ImportBrowserIT {
  @TempDir static Path dir;
  static WebProject web;
  static ChromeDriver browser;

  @BeforeAll
  static void start() {
    Chromium.assumeAvailable();
    web = WebProject.create(dir);
    // signing in waits for the document list to show a document
    web.importText("P00.txt", "Interviewer: Ready?\nDan: Yes.\n");
    web.account("olivia", Role.OWNER);
    web.account("ann", Role.CODER);
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

  static Path file(String name, String text) throws Exception {
    Path f = Files.createDirectories(dir.resolve("upload")).resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  void waitFor(String condition) {
    Chromium.waitFor(browser, condition);
  }

  String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  @Test
  void transcriptsAndAParticipantsTableImportWithProgressAndAPreview() throws Exception {
    Path p01 =
        file("P01.txt", "Interviewer: What helped?\nNurse K: The allotment.\nInterviewer: More?\n");
    Path p02 = file("P02.docx.txt", "Interviewer: And you?\nSocial Worker I: Family.\n");
    Path empty = file("Empty.txt", "");
    Path csv =
        file(
            "participants.csv",
            "document,label,discipline\nP01,Nurse K,nursing\nP02.docx,Social Worker I,social work\n"
                + "P99,Ghost,none\n");
    browser.findElement(By.cssSelector("nav a[href='import.html']")).click();
    waitFor("document.querySelector('#im-transcripts') !== null");
    browser.findElement(By.id("im-transcripts")).sendKeys(p01 + "\n" + p02 + "\n" + empty);
    waitFor("document.querySelectorAll('.im-file').length === 3");
    waitFor(
        "[...document.querySelectorAll('.im-file')].every(li => li.dataset.state === 'done' || li.dataset.state === 'error')");
    assertThat(text(".im-file[data-file='P01.txt']"))
        .contains("done")
        .contains("3 turns")
        .contains("speakers: Interviewer 2, Nurse K 1");
    assertThat(
            browser
                .findElement(By.cssSelector(".im-file[data-file='P01.txt'] progress"))
                .getAttribute("value"))
        .isEqualTo("100");
    assertThat(text(".im-file[data-file='Empty.txt']"))
        .contains("error")
        .contains("Empty.txt: is empty");
    assertThat(web.project().store().documents().byName("Empty")).isEmpty();

    browser.findElement(By.id("im-participants")).sendKeys(csv.toString());
    waitFor("document.querySelector('.im-confirm') !== null");
    assertThat(text(".im-matched"))
        .contains("P01 → Nurse K")
        .contains("P02.docx → Social Worker I");
    assertThat(text(".im-unmatched")).contains("P99 (participants.csv line 4)");
    assertThat(text(".im-undescribed")).contains("P00");
    assertThat(text(".im-new-columns")).contains("discipline");
    assertThat(web.project().store().participants().list()).isEmpty();
    browser.findElement(By.cssSelector(".im-confirm")).click();
    waitFor("document.querySelector('.im-attached') !== null");
    assertThat(text(".im-attach-status")).startsWith("Attached 2 participants");

    browser.get(web.url("/index.html#/documents"));
    waitFor(
        "[...document.querySelectorAll('.doc-table tbody tr')].some(r => r.textContent.includes('P01')"
            + " && r.textContent.includes('Nurse K') && r.textContent.includes('nursing'))");
    waitFor(
        "[...document.querySelectorAll('.doc-table tbody tr')].some(r => r.textContent.includes('P02.docx')"
            + " && r.textContent.includes('social work'))");
  }

  @Test
  void aCoderSeesNoImportLinkAndThePageRefusesThem() {
    ChromeDriver coder = Chromium.start(dir);
    try {
      Chromium.signIn(coder, web, "ann");
      assertThat(coder.findElements(By.cssSelector("nav a[href='import.html']"))).isEmpty();
      coder.get(web.url("/import.html"));
      Chromium.waitFor(coder, "document.querySelector('.page-error') !== null");
      assertThat(coder.findElements(By.id("im-transcripts"))).isEmpty();
    } finally {
      coder.quit();
    }
  }
}
