package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.verbatim.core.bench.CorpusGenerator;
import org.verbatim.core.bench.CorpusRenderer;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Folders;
import org.verbatim.core.project.ParticipantImporter;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench-formats}: imports the generated benchmark corpus as TXT, PDF and ODT and
 * attaches its participants table, timing each.
 */
@Command(
    name = "bench-formats",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark import of the generated corpus rendered as .txt, .pdf and .odt (English),",
      "and attaching its participants table (docs/benchmarks.md)."
    })
final class BenchFormatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--docs", defaultValue = "1000", description = "Transcripts (default 1000).")
  int documents;

  @Option(names = "--words", defaultValue = "10000", description = "Words each (default 10000).")
  int words;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("verbatim-bench-formats");
    try {
      var corpus =
          new CorpusGenerator(new CorpusGenerator.Settings(documents, words, 0, 42))
              .generate(dir.resolve("txt"));
      List<Path> pdfs = render(corpus.transcripts(), dir.resolve("pdf"), CorpusRenderer::pdf);
      List<Path> odts = render(corpus.transcripts(), dir.resolve("odt"), CorpusRenderer::odt);
      out.printf(Locale.ROOT, "corpus: %d English transcripts x %d words%n", documents, words);
      TranscriptImport reader = TranscriptImport.withStandardSplitter();
      importAll(
          reader, corpus.transcripts().subList(0, Math.min(20, documents)), dir.resolve("warm"));
      double txt = importAll(reader, corpus.transcripts(), dir.resolve("p-txt"));
      double pdf = importAll(reader, pdfs, dir.resolve("p-pdf"));
      double odt = importAll(reader, odts, dir.resolve("p-odt"));
      out.printf(Locale.ROOT, "import .txt: %.1f s%n", txt);
      out.printf(Locale.ROOT, "import .pdf: %.1f s (%.2f x txt, target <= 2)%n", pdf, pdf / txt);
      out.printf(Locale.ROOT, "import .odt: %.1f s (%.2f x txt, target <= 2)%n", odt, odt / txt);
      try (Project p = Project.open(dir.resolve("p-txt"))) {
        long begin = System.nanoTime();
        int attached = new ParticipantImporter(p).attach(corpus.participants(), "bench").size();
        double seconds = (System.nanoTime() - begin) / 1e9;
        out.printf(
            Locale.ROOT,
            "attach participants to %d documents: %.3f s (target < 1 s, no re-index)%n",
            attached,
            seconds);
      }
      return 0;
    } finally {
      Folders.deleteRecursively(dir);
    }
  }

  private static List<Path> render(
      List<Path> transcripts, Path folder, BiFunction<Path, Path, Path> renderer)
      throws java.io.IOException {
    Files.createDirectories(folder);
    List<Path> out = new ArrayList<>();
    for (Path t : transcripts) {
      out.add(renderer.apply(t, folder));
    }
    return out;
  }

  /** Imports {@code files} into a new project; returns the seconds it took. */
  private double importAll(TranscriptImport reader, List<Path> files, Path folder) {
    long begin = System.nanoTime();
    try (Project p = Project.create(folder)) {
      var outcomes =
          new DocumentImporter(p, reader)
              .importFiles(
                  files,
                  ImportOptions.defaults(),
                  "bench",
                  Runtime.getRuntime().availableProcessors(),
                  o -> {});
      outcomes.stream()
          .flatMap(o -> o.error().stream())
          .findFirst()
          .ifPresent(
              e -> {
                throw new IllegalStateException("generated corpus failed to import: " + e);
              });
    }
    return Duration.ofNanos(System.nanoTime() - begin).toMillis() / 1000.0;
  }
}
