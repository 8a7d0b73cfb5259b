package org.verbatim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.bench.BareLuceneBaseline.BaselineResult;
import org.verbatim.core.bench.CorpusGenerator.Settings;
import org.verbatim.core.bench.SearchLatencyBenchmark.LatencyReport;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.ImportOutcome;
import org.verbatim.core.project.ParticipantImporter;
import org.verbatim.core.project.Project;
import org.verbatim.core.search.IndexedDocument;

/** The bench pieces end to end on a small corpus: generate, baseline, index, run the mix. */
class BenchIT {
  @TempDir Path dir;

  @Test
  void theQueryMixRunsCleanlyAndMostlyHitsAGeneratedCorpus() {
    var corpus =
        new CorpusGenerator(new Settings(10, 1_500, 5, 42)).generate(dir.resolve("corpus"));
    BaselineResult baseline = BareLuceneBaseline.run(corpus.folder(), dir.resolve("baseline"));
    assertThat(baseline.documents()).isEqualTo(10);
    assertThat(baseline.entries()).isGreaterThan(10 * 20);
    assertThat(baseline.indexing()).isPositive().isLessThanOrEqualTo(baseline.total());

    List<IndexedDocument> documents = CorpusReader.read(corpus.folder());
    assertThat(documents).allMatch(d -> d.participant().isPresent());
    // filtered queries resolve participant attributes in the store, so the mix runs on a project
    try (Project project = Project.create(dir.resolve("project"))) {
      List<ImportOutcome> outcomes =
          new DocumentImporter(project, TranscriptImport.withStandardSplitter())
              .importFiles(corpus.transcripts(), ImportOptions.defaults(), "test", 2, o -> {});
      assertThat(outcomes).allMatch(o -> o.error().isEmpty());
      new ParticipantImporter(project).attach(corpus.participants(), "test");
      List<String> names =
          project.services().documents().list().stream().map(DocumentSummary::name).toList();
      LatencyReport report =
          SearchLatencyBenchmark.run(
              project.index(), QueryMix.generate(42, QueryMix.DEFAULT_SIZE, names), 1, 1);
      assertThat(report.measurements()).isEqualTo(200);
      assertThat(report.withoutHits()).isLessThan(20);
      assertThat(report.p50Millis()).isLessThanOrEqualTo(report.p95Millis());
      assertThat(report.p99Millis()).isLessThanOrEqualTo(report.maxMillis());
      assertThat(report.slowest()).hasSize(5);
    }
  }
}
