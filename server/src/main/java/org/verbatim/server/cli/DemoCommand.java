package org.verbatim.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Folders;
import org.verbatim.core.project.Project;
import org.verbatim.core.project.StudyLoader;
import org.verbatim.core.project.StudySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim demo [DIR]}: builds the demo study project (if needed) and serves it. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Build the demo study (12 interviews, participants, codebook, two coders' codings, themes)",
      "into DIR if it is not there yet, then serve it."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = "verbatim-demo",
      description = "Project folder (default ${DEFAULT-VALUE}).")
  Path folder;

  @Option(names = "--no-serve", description = "Only build the project (for scripts).")
  boolean noServe;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    if (Files.exists(folder.resolve(Project.DATABASE))) {
      out.println("demo project exists at " + folder);
    } else {
      build();
    }
    if (noServe) {
      return 0;
    }
    return DemoServing.serve(folder, host, port, out);
  }

  private void build() throws IOException {
    Path study = Files.createTempDirectory("verbatim-demo-study");
    try {
      DemoStudy.extractTo(study);
      try (Project p = Project.create(folder)) {
        long files;
        try (var list = Files.list(study.resolve("transcripts"))) {
          files = list.count();
        }
        StudySummary s;
        try (Progress progress = new Progress(spec.commandLine().getErr(), "demo", (int) files)) {
          s =
              new StudyLoader(p, new DocumentImporter(p, TranscriptImport.withStandardSplitter()))
                  .load(
                      study,
                      "demo",
                      line -> {
                        if (line.startsWith("imported")) {
                          progress.step(line.substring("imported ".length()));
                        }
                      });
        }
        // top-level themes and the nodes below them, as a paper reports them ("3 themes, 9
        // subthemes")
        long topLevel = p.services().themes().tree().roots().size();
        spec.commandLine()
            .getOut()
            .printf(
                "built demo project %s: %d documents, %d participants, %d codes, %d themes, %d"
                    + " subthemes, codings %s%n",
                folder,
                s.documents(),
                s.participants(),
                s.codes(),
                topLevel,
                s.themes() - topLevel,
                s.codingsByCoder());
      }
    } catch (RuntimeException e) {
      deleteProject();
      throw e;
    } finally {
      Folders.deleteRecursively(study);
    }
  }

  /** A half-built demo is worse than none: the next run would take it for finished. */
  private void deleteProject() throws IOException {
    Folders.deleteRecursively(folder);
  }
}
