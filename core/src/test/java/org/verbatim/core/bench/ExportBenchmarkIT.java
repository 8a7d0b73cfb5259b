package org.verbatim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Quote;
import org.verbatim.core.project.Project;

/** The export benchmark on a small study: what it times is the real export, read back. */
class ExportBenchmarkIT {
  @TempDir Path work;

  private static final AgreementBenchmark.Settings SMALL =
      new AgreementBenchmark.Settings(6, 3, 3, 5, 2, 1_500, 42);

  @Test
  void timesSegmentsAndThemeTableWhoseFilesHoldEveryCodingAndEveryPinnedQuote() throws Exception {
    ExportBenchmark.Result r = ExportBenchmark.run(SMALL, work, Optional.empty(), 1);

    assertThat(r.documents()).isEqualTo(6);
    assertThat(r.codings()).isPositive();
    assertThat(r.timings()).hasSize(4);
    assertThat(r.timing("segments", "xlsx").peakHeap()).isPositive();
    // one CSV row per coding, under the header
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(work.resolve("out/segments.csv"))) {
      rows = CSVFormat.RFC4180.parse(in).getRecords();
    }
    assertThat(rows).hasSize((int) r.codings() + 1);

    List<String> quotes = new ArrayList<>();
    try (Project p = Project.open(work.resolve("project"))) {
      for (Quote q : p.services().quotes().all()) {
        quotes.add(q.text(p.store().documents().get(q.document()).orElseThrow().text()));
      }
    }
    assertThat(quotes).hasSize(r.quotes());
    assertThat(r.quotes()).isBetween(1, r.nodes() * ExportBenchmark.QUOTES_PER_NODE);
    StringBuilder table = new StringBuilder();
    try (InputStream in = Files.newInputStream(work.resolve("out/themes.docx"));
        XWPFDocument docx = new XWPFDocument(in)) {
      for (XWPFTable t : docx.getTables()) {
        table.append(t.getText()).append('\n');
      }
    }
    String text = table.toString().replaceAll("\\s+", " ");
    // the default theme table shows up to three quotes a node, so every pinned one is in it
    for (String q : quotes) {
      String start = q.replaceAll("\\s+", " ").substring(0, Math.min(40, q.length()));
      assertThat(text).contains(start);
    }
  }

  @Test
  void aSecondRunReusesTheStoredStudyAndPinsNoMoreQuotes() {
    ExportBenchmark.Result first = ExportBenchmark.run(SMALL, work, Optional.empty(), 1);
    ExportBenchmark.Result second = ExportBenchmark.run(SMALL, work, Optional.empty(), 2);

    assertThat(first.fill()).isPositive();
    assertThat(second.fill()).isZero();
    assertThat(second.quotes()).isEqualTo(first.quotes());
    assertThat(second.timing("themes", "docx").runs()).hasSize(2);
    assertThat(Files.exists(work.resolve("out/themes.xlsx"))).isTrue();
  }
}
