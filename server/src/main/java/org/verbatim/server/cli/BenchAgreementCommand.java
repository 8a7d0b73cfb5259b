package org.verbatim.server.cli;

import static org.verbatim.core.bench.Durations.seconds;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.bench.AgreementBenchmark;
import org.verbatim.core.bench.AgreementStoreBenchmark;
import org.verbatim.core.project.Folders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench-agreement}: times project agreement on a synthetic double-coded study (unit
 * statistics at sentence units, the unitized family on the character continuum) and, optionally,
 * the same computation read from a SQLite store.
 */
@Command(
    name = "bench-agreement",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark inter-coder agreement on a synthetic study: N documents (generated transcripts"
          + " reused in turn, real sentence splitting) coded by several coders with 50 codes.",
      "Targets: all unit statistics at sentence units < 5 s and the unitized family < 10 s for"
          + " 1,000 documents x 3 coders x 50 codes.",
      "--store-docs N also fills a SQLite project store with N documents and times reading the"
          + " input back plus computing, as 'verbatim agreement' does."
    })
final class BenchAgreementCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--docs",
      defaultValue = "1000",
      description = "Documents in the study (default ${DEFAULT-VALUE}).")
  int documents;

  @Option(
      names = "--coders",
      defaultValue = "3",
      description = "Coders (default ${DEFAULT-VALUE}).")
  int coders;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--store-docs",
      defaultValue = "0",
      description = "Also time the store path with this many documents (default: skip).")
  int storeDocuments;

  @Option(
      names = "--reconcile-docs",
      defaultValue = "0",
      description =
          "Also time reconciliation rules (preview, apply) over a store of this many documents"
              + " (default: skip; targets for 1,000: preview < 3 s, apply < 10 s).")
  int reconcileDocuments;

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
            ? Files.createTempDirectory("verbatim-bench-agreement")
            : Files.createDirectories(work);
    try {
      AgreementBenchmark.Settings settings =
          new AgreementBenchmark.Settings(documents, coders, 10, 5, 20, 10_000, seed);
      AgreementBenchmark.Result r = AgreementBenchmark.run(settings, dir.resolve("direct"));
      out.printf(
          Locale.ROOT,
          "study: %d documents x %d coders x %d codes; %,d sentence units; %,d characters;"
              + " %,d codings (prepared in %.1f s, straight into the agreement input)%n",
          r.documents(),
          r.coders(),
          r.codes(),
          r.units(),
          r.characters(),
          r.codings(),
          seconds(r.prepare()));
      out.printf(
          Locale.ROOT,
          "unit statistics, sentence units (per code, pooled, per document): %.2f s (target < 5 s);"
              + " alpha defined for %d of %d codes; pooled alpha %s%n",
          seconds(r.unitStatistics()),
          r.codesWithAlpha(),
          r.codes(),
          number(r.pooledAlpha()));
      out.printf(
          Locale.ROOT,
          "unitized statistics, character continuum (u-alpha, |u-alpha, cu-alpha, Cu-alpha,"
              + " character kappa, per document): %.2f s (target < 10 s); |u-alpha defined for"
              + " %d of %d codes; pooled |u-alpha %s%n",
          seconds(r.unitizedStatistics()),
          r.codesWithBinaryUAlpha(),
          r.codes(),
          number(r.pooledBinaryUAlpha()));
      out.flush();
      if (reconcileDocuments > 0) {
        org.verbatim.core.bench.ReconcileRulesBenchmark.Result rr =
            org.verbatim.core.bench.ReconcileRulesBenchmark.run(
                new AgreementBenchmark.Settings(
                    reconcileDocuments, coders, 10, 5, 20, 10_000, seed),
                dir.resolve("reconcile"));
        out.printf(
            Locale.ROOT,
            "reconciliation rules, %d documents, %,d codings (fill %.1f s): %,d disagreements;"
                + " preview %.2f s (target < 3 s); apply %.2f s (target < 10 s), %,d decisions"
                + " written, %,d open after; rules %s%n",
            rr.documents(),
            rr.codings(),
            seconds(rr.fill()),
            rr.before().disagreements(),
            seconds(rr.preview()),
            seconds(rr.apply()),
            rr.decisions(),
            rr.after().open(),
            org.verbatim.core.bench.ReconcileRulesBenchmark.RULES);
        for (var rule : rr.before().rules()) {
          out.printf(Locale.ROOT, "  %-44s settles %,d%n", rule.rule(), rule.settles());
        }
        out.flush();
      }
      if (storeDocuments > 0) {
        AgreementStoreBenchmark.Result s =
            AgreementStoreBenchmark.run(
                new AgreementBenchmark.Settings(storeDocuments, coders, 10, 5, 20, 10_000, seed),
                dir.resolve("store"));
        out.printf(
            Locale.ROOT,
            "store path, %d documents, %,d codings: fill %.1f s; sentence units: read %.2f s +"
                + " compute %.2f s; characters: read %.2f s + compute %.2f s%n",
            s.documents(),
            s.codings(),
            seconds(s.fill()),
            seconds(s.loadSentences()),
            seconds(s.unitStatistics()),
            seconds(s.loadCharacters()),
            seconds(s.unitizedStatistics()));
      }
      return 0;
    } finally {
      if (temporary) {
        Folders.deleteRecursively(dir);
      }
    }
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
  }
}
