package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.DocxTranscriptReader;
import org.verbatim.core.ingest.TextTranscriptReader;

/**
 * Import's memory bound (docs/reliability.md): a text file at the size limit, on one line (the
 * worst case), imports in a child JVM with {@code -Xmx512m}; larger files are refused before they
 * are read, with a message naming the limit, never "internal error".
 */
class ImportMemoryIT {
  static final String HEAP = "512m";
  static final String[] WORDS =
      "peer support team manager nurse shift patient care family trust listened changed week"
          .split(" ");

  @TempDir Path tmp;
  Path project;

  @BeforeEach
  void init() {
    project = tmp.resolve("project");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
  }

  /** Sentences of English words on one line, up to {@code bytes}. */
  private Path oneLine(String name, long bytes) throws IOException {
    Path file = tmp.resolve(name);
    Random random = new Random(1);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long written = "Nurse K: ".length();
      w.write("Nurse K: ");
      StringBuilder sentence = new StringBuilder();
      while (true) {
        sentence.setLength(0);
        for (int i = 0; i < 12; i++) {
          sentence.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        sentence.append(". ");
        if (written + sentence.length() + 1 > bytes) {
          break;
        }
        w.write(sentence.toString());
        written += sentence.length();
      }
      w.write("\n");
    }
    return file;
  }

  @Test
  void aSingleLineTextAtTheSizeLimitImportsWithinTheStatedHeap() throws Exception {
    Path big = oneLine("big.txt", TextTranscriptReader.MAX_FILE_BYTES);
    assertThat(Files.size(big)).isGreaterThan(TextTranscriptReader.MAX_FILE_BYTES - 1024);
    ChildCli r = ChildCli.run(tmp, HEAP, "import", project.toString(), big.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("imported").contains("'big'");
    assertThat(r.err()).doesNotContain("internal error").doesNotContain("OutOfMemory");
    CliRun search = CliRun.of("search", project.toString(), "listened", "--limit", "1");
    assertThat(search.exitCode()).as(search.err()).isZero();
    // the word occurs tens of thousands of times; the count is exact or a lower bound past 10,000
    assertThat(search.err()).containsPattern("^(more than )?[0-9]{5,} hits");
  }

  @Test
  void aTextFileOverTheLimitIsRefusedEarlyNamingTheLimit() throws IOException {
    Path huge = oneLine("huge.txt", TextTranscriptReader.MAX_FILE_BYTES + 1024 * 1024);
    CliRun r = CliRun.of("import", project.toString(), huge.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip())
        .startsWith("verbatim: huge.txt: is too large (9")
        .endsWith("MB; the limit is 8 MB); split it into several documents");
  }

  @Test
  void aDocxWhoseTextPartExpandsBeyondTheLimitIsRefusedNamingTheLimit() throws IOException {
    Path docx = tmp.resolve("long.docx");
    try (OutputStream out = Files.newOutputStream(docx);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  + "</Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(
          ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                  + "</Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
              .getBytes(StandardCharsets.UTF_8));
      // varied text, so that the part compresses like prose and not like a zip bomb
      Random random = new Random(2);
      for (long n = 0; n < DocxTranscriptReader.MAX_ENTRY_BYTES + 8L * 1024 * 1024; ) {
        StringBuilder p = new StringBuilder("<w:p><w:r><w:t>Nurse K:");
        for (int i = 0; i < 12; i++) {
          p.append(' ').append(Long.toString(random.nextLong() & 0xffffffL, 36));
        }
        byte[] paragraph =
            p.append(".</w:t></w:r></w:p>").toString().getBytes(StandardCharsets.UTF_8);
        zip.write(paragraph);
        n += paragraph.length;
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    CliRun r = CliRun.of("import", project.toString(), docx.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip())
        .startsWith("verbatim: long.docx: ")
        .contains("32 MB")
        .contains("limit")
        .doesNotContain("internal error");
  }
}
