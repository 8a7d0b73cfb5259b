package org.verbatim.server.cli;

import static org.verbatim.core.bench.Durations.seconds;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.bench.DeidBenchmark;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.project.Folders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench-deid}: times a de-identification scan of the demo study, cold (CoreNLP's
 * named entities for every English transcript) and cached.
 */
@Command(
    name = "bench-deid",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark de-identification on the demo study, built fresh as 'verbatim demo DIR"
          + " --no-serve' does: a cold scan (CoreNLP's pipeline loaded, every English transcript"
          + " annotated with named entities and cached), then a second scan and one after"
          + " reopening the project, which read the cache.",
      "Targets: cold < 60 s, cached < 1 s."
    })
final class BenchDeidCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
    Path dir = Files.createTempDirectory("verbatim-bench-deid");
    try {
      Path project = dir.resolve("demo");
      // the demo exactly as the command builds it, its output kept out of the figures
      CommandLine demo = VerbatimCli.commandLine();
      StringWriter sink = new StringWriter();
      demo.setOut(new PrintWriter(sink));
      demo.setErr(new PrintWriter(sink));
      if (demo.execute("demo", project.toString(), "--no-serve") != 0) {
        throw new InvalidInputException("could not build the demo study: " + sink);
      }
      DeidBenchmark.Result r = DeidBenchmark.run(project);
      out.printf(
          Locale.ROOT,
          "demo study: %d documents, %d forms found, %d documents annotated (%d cores)%n",
          r.documents(),
          r.forms(),
          r.annotated(),
          Runtime.getRuntime().availableProcessors());
      out.printf(
          Locale.ROOT,
          "cold scan (pipeline load + NER of every English transcript + scan): %.1f s (target <"
              + " 60 s)%n",
          seconds(r.cold()));
      out.printf(
          Locale.ROOT,
          "second scan, cached: %.3f s; after reopening the project: %.3f s, %d documents"
              + " annotated (target < 1 s)%n",
          seconds(r.cached()),
          seconds(r.reopened()),
          r.annotatedAfterReopening());
      out.flush();
    } finally {
      Folders.deleteRecursively(dir);
    }
    return 0;
  }
}
