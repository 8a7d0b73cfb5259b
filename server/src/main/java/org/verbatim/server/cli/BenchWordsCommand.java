package org.verbatim.server.cli;

import static org.verbatim.core.bench.Durations.seconds;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.bench.AgreementBenchmark;
import org.verbatim.core.bench.WordsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim bench-words}: times word frequencies on a large study. */
@Command(
    name = "bench-words",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark word frequencies on the agreement benchmark's study stored in SQLite (N"
          + " transcripts repeating 20 generated templates of 10,000 words, one in five Chinese;"
          + " codings thinned evenly to --codings): annotation first (timed apart; each distinct"
          + " text is annotated once), then the top "
          + WordsBenchmark.LIMIT
          + " words of the project, of one discipline and of a code, the code's distinctive"
          + " words and the top word in context, against reading every document's cached"
          + " tokens (baseline).",
      "Target for 1,000 transcripts: frequencies under 10 s."
    })
final class BenchWordsCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--docs",
      defaultValue = "1000",
      description = "Documents (default ${DEFAULT-VALUE}).")
  int documents;

  @Option(
      names = "--codings",
      defaultValue = "100000",
      description = "Codings kept of those generated, spread evenly (default ${DEFAULT-VALUE}).")
  int codings;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Rounds of each view (default ${DEFAULT-VALUE}).")
  int runs;

  @Mixin BenchWorkFolder work = new BenchWorkFolder();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    try (BenchWorkFolder.Folder folder = work.open("verbatim-bench-words")) {
      Path dir = folder.path();
      WordsBenchmark.Result r =
          WordsBenchmark.run(
              AgreementBenchmark.Settings.defaults(documents),
              dir,
              Optional.of(codings),
              Math.max(1, runs));
      out.printf(
          Locale.ROOT,
          "study: %d documents, %,d words counted (%s); annotation: %d documents annotated in"
              + " %.1f s; %d cores, max heap %d MiB%n",
          r.documents(),
          r.words(),
          r.fill().isZero()
              ? "reused from " + dir
              : String.format(Locale.ROOT, "stored in %.1f s", seconds(r.fill())),
          r.annotated(),
          seconds(r.annotate()),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      print(out, r.baseline(), r.baseline());
      for (WordsBenchmark.Timing t : r.timings()) {
        print(out, t, r.baseline());
      }
      out.printf(
          Locale.ROOT,
          "project frequencies: median %.2f s (target < 10 s)%n",
          seconds(r.timing("project").median()));
      out.flush();
    }
    return 0;
  }

  private static void print(PrintWriter out, WordsBenchmark.Timing t, WordsBenchmark.Timing base) {
    out.printf(
        Locale.ROOT,
        "%-20s median %6.2f s, worst %6.2f s, %.2f x the baseline%n",
        t.what(),
        seconds(t.median()),
        seconds(t.worst()),
        seconds(t.median()) / Math.max(1e-9, seconds(base.median())));
  }
}
