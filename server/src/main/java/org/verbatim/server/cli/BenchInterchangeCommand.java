package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.bench.InterchangeBenchmark;
import org.verbatim.core.project.Folders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim bench-refi}: times REFI-QDA export and re-import of a generated coded study. */
@Command(
    name = "bench-refi",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark REFI-QDA interchange: generate N transcripts, code them with C codings (2 coders,"
          + " 40 codes), export the project as .qdpx and import it into a new project.",
      "Targets: export and re-import of 1,000 transcripts with 100,000 codings each < 30 s, peak"
          + " heap < 1 GiB."
    })
final class BenchInterchangeCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--docs",
      defaultValue = "1000",
      description = "Transcripts (default ${DEFAULT-VALUE}).")
  int documents;

  @Option(
      names = "--words",
      defaultValue = "2000",
      description = "Words per transcript (default ${DEFAULT-VALUE}).")
  int words;

  @Option(
      names = "--codings",
      defaultValue = "100000",
      description = "Codings in total (default ${DEFAULT-VALUE}).")
  int codings;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--work",
      description = "Working folder (default: a temporary folder, deleted afterwards).")
  @Nullable Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter out =
        java.util.Objects.requireNonNull(spec, "picocli injects the spec").commandLine().getOut();
    boolean temporary = work == null;
    Path dir =
        temporary
            ? Files.createTempDirectory("verbatim-bench-refi")
            : Files.createDirectories(work);
    try {
      InterchangeBenchmark.Result r =
          InterchangeBenchmark.run(
              new InterchangeBenchmark.Settings(documents, words, codings, seed), dir);
      out.printf(
          Locale.ROOT,
          "%d transcripts, %,d characters, %,d codings; .qdpx %,d bytes (filling the project took %.1f s)%n",
          r.documents(),
          r.characters(),
          r.codings(),
          r.packageBytes(),
          r.fill().toMillis() / 1000.0);
      out.printf(
          Locale.ROOT,
          "export    %6.2f s  (CPU %.1f s)  peak heap %,d MiB   (target < 30 s, < 1024 MiB)%n",
          r.export().toMillis() / 1000.0,
          r.exportCpu().toMillis() / 1000.0,
          r.exportPeakHeap() >> 20);
      out.printf(
          Locale.ROOT,
          "re-import %6.2f s  (CPU %.1f s)  peak heap %,d MiB   (target < 30 s, < 1024 MiB); %,d codings"
              + " back%n",
          r.reimport().toMillis() / 1000.0,
          r.reimportCpu().toMillis() / 1000.0,
          r.importPeakHeap() >> 20,
          r.reimportedCodings());
      return 0;
    } finally {
      if (temporary) {
        Folders.deleteRecursively(dir);
      }
    }
  }
}
