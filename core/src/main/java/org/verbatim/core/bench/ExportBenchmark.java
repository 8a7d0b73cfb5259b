package org.verbatim.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.export.ExportOptions;
import org.verbatim.core.export.ProjectExports;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.Theme;
import org.verbatim.core.project.Project;
import org.verbatim.core.quotes.QuoteCandidates;
import org.verbatim.core.quotes.QuoteService;
import org.verbatim.core.themes.Layer;
import org.verbatim.core.themes.LayerSnapshot;

/**
 * Times the exports on the {@link BenchStudy} thinned to a number of codings: coded segments as
 * XLSX (streamed) against the same rows as CSV (the baseline: the same reads and the same cells,
 * without a workbook), and the theme table as DOCX and XLSX with two pinned quotes per node. Each
 * export runs in full, file written and renamed into place, as {@code verbatim export} does; the
 * heap peak is measured per export.
 */
public final class ExportBenchmark {
  /** Quotes pinned per theme node before the theme table is timed. */
  public static final int QUOTES_PER_NODE = 2;

  /** One export's timings over the runs, its worst heap peak and the size of its file. */
  public record Timing(String what, String format, List<Duration> runs, long peakHeap, long bytes) {
    public Timing {
      runs = List.copyOf(runs);
    }

    public Duration median() {
      return Durations.median(runs);
    }

    public Duration worst() {
      return Durations.worst(runs);
    }
  }

  /** The study's size, how long storing it took (zero when reused), and every export timed. */
  public record Result(
      int documents, long codings, int nodes, int quotes, Duration fill, List<Timing> timings) {
    public Result {
      timings = List.copyOf(timings);
    }

    /** The timing of {@code what} in {@code format}. */
    public Timing timing(String what, String format) {
      return timings.stream()
          .filter(t -> t.what().equals(what) && t.format().equals(format))
          .findFirst()
          .orElseThrow();
    }
  }

  private ExportBenchmark() {}

  /**
   * Prepares the study in {@code work} ({@link BenchStudy}, reused when one of the same settings is
   * there), pins quotes where none are pinned yet, then times {@code runs} rounds of each export
   * into {@code work/out}.
   */
  public static Result run(
      AgreementBenchmark.Settings settings, Path work, Optional<Integer> codings, int runs) {
    BenchStudy.Stored stored = BenchStudy.prepare(settings, work, codings);
    Path out = work.resolve("out");
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Project project = Project.open(stored.project())) {
      List<Theme> nodes = project.store().themes().list();
      int quotes = pinQuotes(project, nodes);
      long codingCount = project.store().codings().forStudy().size();
      List<Timing> timings = new ArrayList<>();
      // the baseline first, so that the XLSX run does not profit from a warmer JVM alone
      for (String[] export :
          new String[][] {
            {"segments", "csv"}, {"segments", "xlsx"}, {"themes", "docx"}, {"themes", "xlsx"}
          }) {
        timings.add(time(project.services().exports(), export[0], export[1], out, runs));
      }
      return new Result(
          project.store().documents().list().size(),
          codingCount,
          nodes.size(),
          quotes,
          stored.fill(),
          timings);
    }
  }

  /**
   * Pins {@link #QUOTES_PER_NODE} candidates to every node that has no quote yet, ranked as the
   * Themes page proposes them (all coders' layer), each not yet used for another node.
   *
   * @return the quotes pinned in the project afterwards
   */
  static int pinQuotes(Project project, List<Theme> nodes) {
    QuoteService quotes = project.services().quotes();
    LayerSnapshot snapshot = project.services().evidence().snapshot(Optional.of(Layer.all()));
    List<Quote> pinned = new ArrayList<>(quotes.all());
    for (Theme node : nodes) {
      if (!quotes.forTheme(node.id()).isEmpty()) {
        continue;
      }
      for (QuoteCandidates.Candidate c :
          QuoteCandidates.rank(
              snapshot,
              node.id(),
              pinned,
              QuoteCandidates.MIN_WORDS,
              QuoteCandidates.MAX_WORDS,
              QUOTES_PER_NODE)) {
        pinned.add(quotes.pin(node.id(), c.document(), List.of(c.span()), "bench"));
      }
    }
    return pinned.size();
  }

  private static Timing time(
      ProjectExports exports, String what, String format, Path out, int runs) {
    Path file = out.resolve(what + "." + format);
    List<Duration> times = new ArrayList<>();
    long peak = 0;
    for (int r = 0; r < Math.max(1, runs); r++) {
      HeapPeaks.reset();
      long begin = System.nanoTime();
      exports.writeTo(file, exports.registry().find(what, format), ExportOptions.defaults(), true);
      times.add(Duration.ofNanos(System.nanoTime() - begin));
      peak = Math.max(peak, HeapPeaks.peak());
    }
    try {
      return new Timing(what, format, times, peak, Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
