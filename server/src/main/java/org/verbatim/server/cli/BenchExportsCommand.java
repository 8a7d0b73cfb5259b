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
import org.verbatim.core.bench.ExportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim bench-exports}: times coded segments and the theme table on a large study. */
@Command(
    name = "bench-exports",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the exports on the agreement benchmark's study stored in SQLite (N documents,"
          + " its codings thinned evenly to --codings, 30 theme nodes with "
          + ExportBenchmark.QUOTES_PER_NODE
          + " pinned quotes each): coded segments as CSV (baseline) and XLSX, the theme table"
          + " as DOCX and XLSX, each written to a file as 'verbatim export' does.",
      "Targets for 1,000 documents and 100,000 codings: segments to XLSX < 20 s with the heap"
          + " < 1 GiB; the theme table < 5 s."
    })
final class BenchExportsCommand implements Callable<Integer> {
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
      description = "Rounds of each export (default ${DEFAULT-VALUE}).")
  int runs;

  @Mixin BenchWorkFolder work = new BenchWorkFolder();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    try (BenchWorkFolder.Folder folder = work.open("verbatim-bench-exports")) {
      Path dir = folder.path();
      ExportBenchmark.Result r =
          ExportBenchmark.run(
              AgreementBenchmark.Settings.defaults(documents),
              dir,
              Optional.of(codings),
              Math.max(1, runs));
      out.printf(
          Locale.ROOT,
          "study: %d documents, %,d codings, %d theme nodes, %d pinned quotes (%s); max heap %d"
              + " MiB%n",
          r.documents(),
          r.codings(),
          r.nodes(),
          r.quotes(),
          r.fill().isZero()
              ? "reused from " + dir
              : String.format(Locale.ROOT, "stored in %.1f s", seconds(r.fill())),
          Runtime.getRuntime().maxMemory() >> 20);
      for (ExportBenchmark.Timing t : r.timings()) {
        out.printf(
            Locale.ROOT,
            "%-8s %-4s median %6.2f s, worst %6.2f s, heap peak %5d MiB, %,d bytes%n",
            t.what(),
            t.format(),
            seconds(t.median()),
            seconds(t.worst()),
            t.peakHeap() >> 20,
            t.bytes());
      }
      ExportBenchmark.Timing csv = r.timing("segments", "csv");
      ExportBenchmark.Timing xlsx = r.timing("segments", "xlsx");
      out.printf(
          Locale.ROOT,
          "segments: XLSX / CSV = %.2f (target: XLSX < 20 s, heap < 1 GiB); theme table DOCX"
              + " %.2f s (target < 5 s)%n",
          seconds(xlsx.median()) / Math.max(1e-9, seconds(csv.median())),
          seconds(r.timing("themes", "docx").median()));
      out.flush();
    }
    return 0;
  }
}
