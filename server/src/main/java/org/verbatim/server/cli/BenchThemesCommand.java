package org.verbatim.server.cli;

import static org.verbatim.core.bench.Durations.seconds;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.bench.AgreementBenchmark;
import org.verbatim.core.bench.Durations;
import org.verbatim.core.bench.ThemeBenchmark;
import org.verbatim.core.project.Folders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim bench-themes}: times the theme engine on the generated agreement study. */
@Command(
    name = "bench-themes",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the theme engine on the agreement benchmark's study stored in SQLite (N"
          + " documents x 3 coders x 50 codes, 30 theme nodes, one participant per document).",
      "Targets for 1,000 documents: prevalence of every node + co-occurrence + one theme x"
          + " attribute matrix < 2 s; saturation < 1 s; first 100 passages of a code p99 < 50 ms."
    })
final class BenchThemesCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--docs",
      defaultValue = "1000",
      description = "Documents (default ${DEFAULT-VALUE}).")
  int documents;

  @Option(
      names = "--runs",
      defaultValue = "5",
      description = "Rounds of each view (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--work",
      description =
          "Study folder, kept afterwards: a study of the same size stored there by an earlier run"
              + " is reused (default: a temporary folder, deleted afterwards).")
  @Nullable Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
    boolean temporary = work == null;
    Path dir =
        temporary
            ? Files.createTempDirectory("verbatim-bench-themes")
            : Files.createDirectories(work);
    try {
      ThemeBenchmark.Result r =
          ThemeBenchmark.run(
              AgreementBenchmark.Settings.defaults(documents), dir, Math.max(1, runs));
      out.printf(
          Locale.ROOT,
          "study: %d documents x 3 coders x 50 codes, %,d codings, %d theme nodes (%s)%n",
          r.documents(),
          r.codings(),
          r.nodes(),
          r.fill().isZero()
              ? "reused from " + dir
              : String.format(Locale.ROOT, "stored in %.1f s", seconds(r.fill())));
      out.printf(
          Locale.ROOT,
          "prevalence of every node + co-occurrence (overlap) + theme x discipline matrix, incl."
              + " reading the layer: median %.2f s, worst %.2f s (target < 2 s)%n",
          median(r.evidence()),
          worst(r.evidence()));
      out.printf(
          Locale.ROOT,
          "saturation (import order, k = 3), incl. reading the layer: median %.2f s, worst %.2f s"
              + " (target < 1 s)%n",
          median(r.saturation()),
          worst(r.saturation()));
      out.printf(
          Locale.ROOT,
          "first 100 passages of a code (%d queries over 50 codes): p50 %.1f ms, p99 %.1f ms, max"
              + " %.1f ms (target p99 < 50 ms)%n",
          r.passageMillis().length,
          r.passagePercentile(50),
          r.passagePercentile(99),
          r.passagePercentile(100));
      out.flush();
    } finally {
      if (temporary) {
        Folders.deleteRecursively(dir);
      }
    }
    return 0;
  }

  private static double median(List<Duration> ds) {
    return seconds(Durations.median(ds));
  }

  private static double worst(List<Duration> ds) {
    return seconds(Durations.worst(ds));
  }
}
