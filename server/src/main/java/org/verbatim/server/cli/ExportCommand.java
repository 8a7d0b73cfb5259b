package org.verbatim.server.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.verbatim.core.interchange.ExportOptions;
import org.verbatim.core.interchange.ExportSummary;
import org.verbatim.core.interchange.ProjectInterchange;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim export DIR --what project|codebook --format qdpx|qdc --out FILE}: REFI-QDA
 * exports. Parses options and calls one core entry point per (what, format).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a project for other tools: --what project --format qdpx (REFI-QDA project),",
      "--what codebook --format qdc (REFI-QDA codebook). The file is written completely or not at",
      "all; with --schema it is validated first and an invalid result is an error, never a file."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectArg project;

  @Option(names = "--what", required = true, description = "project or codebook.")
  String what;

  @Option(names = "--format", required = true, description = "qdpx (project) or qdc (codebook).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Option(
      names = "--schema",
      paramLabel = "FILE.xsd",
      description = "Validate against this XSD before writing (Project.xsd or Codebook.xsd).")
  Optional<Path> schema;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() {
    ExportOptions options = new ExportOptions(schema, force, ProjectArg.actor());
    String key = what + "/" + format;
    ExportSummary summary;
    try (Project p = project.openSharing()) {
      summary =
          switch (key) {
            case "project/qdpx" -> ProjectInterchange.exportProject(p, out, options);
            case "codebook/qdc" -> ProjectInterchange.exportCodebook(p, out, options);
            default ->
                throw new ParameterException(
                    spec.commandLine(),
                    "cannot export --what "
                        + what
                        + " as --format "
                        + format
                        + "; supported: --what project --format qdpx, --what codebook --format qdc");
          };
    }
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s (%d documents, %d codes, %d codings, %d users, %d memos)%s%n",
            summary.file(),
            summary.documents(),
            summary.codes(),
            summary.codings(),
            summary.users(),
            summary.memos(),
            summary.validated() ? "; valid against " + schema.get().getFileName() : "");
    return 0;
  }
}
