package org.verbatim.server.cli;

import static org.verbatim.core.bench.Durations.seconds;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.core.bench.BareLuceneBaseline;
import org.verbatim.core.bench.CorpusGenerator;
import org.verbatim.core.bench.QueryMix;
import org.verbatim.core.bench.SearchLatencyBenchmark;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Folders;
import org.verbatim.core.project.ImportOutcome;
import org.verbatim.core.project.ParticipantImporter;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench}: import+index of a generated corpus against bare Lucene indexing of the
 * same texts (a ratio, both measured in this run), search latency over a query mix, and peak heap.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark import+index against bare Lucene on a generated corpus, then search latency.",
      "Figures are ratios against a baseline measured in the same run; run with",
      "VERBATIM_JAVA_OPTS=-Xmx1g to prove the heap target."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--docs",
      defaultValue = "1000",
      description = "Transcripts to generate (default ${DEFAULT-VALUE}).")
  int documents;

  @Option(
      names = "--words",
      defaultValue = "10000",
      description = "Words per transcript (default ${DEFAULT-VALUE}).")
  int words;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--queries",
      defaultValue = "200",
      description = "Queries in the search mix (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--work",
      description = "Working folder (default: a temporary folder, deleted afterwards).")
  Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = work == null;
    Path dir =
        temporary ? Files.createTempDirectory("verbatim-bench") : Files.createDirectories(work);
    try {
      out.printf(
          Locale.ROOT, "corpus: %d transcripts x %d words, seed %d%n", documents, words, seed);
      var warmCorpus =
          new CorpusGenerator(new CorpusGenerator.Settings(20, words, 5, seed + 1))
              .generate(dir.resolve("warm"));
      var corpus =
          new CorpusGenerator(new CorpusGenerator.Settings(documents, words, 5, seed))
              .generate(dir.resolve("corpus"));
      TranscriptImport reader = TranscriptImport.withStandardSplitter();

      // Warm both paths on a small corpus first so neither pays the JIT alone.
      BareLuceneBaseline.run(warmCorpus.folder(), dir.resolve("warm-lucene"));
      importAll(reader, warmCorpus.transcripts(), dir.resolve("warm-project"));

      var baseline = BareLuceneBaseline.run(corpus.folder(), dir.resolve("lucene"));
      resetHeapPeaks();
      long begin = System.nanoTime();
      importAll(reader, corpus.transcripts(), dir.resolve("project"));
      Duration imported = Duration.ofNanos(System.nanoTime() - begin);
      Duration attached;
      try (Project p = Project.open(dir.resolve("project"))) {
        begin = System.nanoTime();
        new ParticipantImporter(p).attach(corpus.participants(), "bench");
        attached = Duration.ofNanos(System.nanoTime() - begin);
      }
      long peakHeap = heapPeak();

      out.printf(
          Locale.ROOT, "bare Lucene (read + analyse + index): %.1f s%n", seconds(baseline.total()));
      out.printf(
          Locale.ROOT,
          "verbatim import (read, normalise, sentences, store, sources, index): %.1f s%n",
          seconds(imported));
      out.printf(
          Locale.ROOT,
          "import/baseline ratio: %.2f (target <= 2.0)%n",
          seconds(imported) / seconds(baseline.total()));
      out.printf(
          Locale.ROOT,
          "participants attached afterwards (one store transaction, no re-index): %.3f s%n",
          seconds(attached));
      out.printf(
          Locale.ROOT,
          "peak heap used during import and attach: %d MiB (max heap %d MiB)%n",
          peakHeap >> 20,
          Runtime.getRuntime().maxMemory() >> 20);

      try (Project p = Project.open(dir.resolve("project"))) {
        List<String> names =
            p.services().documents().list().stream().map(DocumentSummary::name).toList();
        var mix = QueryMix.generate(seed, queries, names);
        var report = SearchLatencyBenchmark.run(p.index(), mix, 2, 3);
        out.printf(
            Locale.ROOT,
            "search: %d queries x 3 rounds: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (targets p50 < 20, p99 < 100); %d without hits%n",
            report.queries(),
            report.p50Millis(),
            report.p95Millis(),
            report.p99Millis(),
            report.maxMillis(),
            report.withoutHits());
        report
            .slowest()
            .forEach(
                m ->
                    out.printf(
                        Locale.ROOT, "  slow: %.1f ms %s %s%n", m.millis(), m.kind(), m.text()));
      }
      return 0;
    } finally {
      if (temporary) {
        Folders.deleteRecursively(dir);
      }
    }
  }

  private void importAll(TranscriptImport reader, List<Path> files, Path folder) {
    try (Project p = Project.create(folder);
        Progress progress = new Progress(spec.commandLine().getErr(), "import", files.size())) {
      List<ImportOutcome> outcomes =
          new DocumentImporter(p, reader)
              .importFiles(
                  files,
                  ImportOptions.defaults(),
                  "bench",
                  Runtime.getRuntime().availableProcessors(),
                  o -> progress.step(o.file().getFileName().toString()));
      outcomes.stream()
          .flatMap(o -> o.error().stream())
          .findFirst()
          .ifPresent(
              e -> {
                throw new IllegalStateException("generated corpus failed to import: " + e);
              });
    }
  }

  private static void resetHeapPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
