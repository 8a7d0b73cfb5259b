package org.verbatim.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.core.imports.ProjectImports;
import org.verbatim.core.model.Participant;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim participants DIR FILE.csv}: attaches participant attributes to documents. */
@Command(
    name = "participants",
    mixinStandardHelpOptions = true,
    description = {
      "Attach participants to documents from a CSV table (or the first sheet of an XLSX file).",
      "Required columns: document (a document name), label (e.g. \"Nurse K\"); every other column",
      "(discipline, organisation_type, age, years_experience, ...) becomes an attribute.",
      "All rows are applied in one transaction, or none; no re-index is needed, so this works",
      "while the project is served."
    })
final class ParticipantsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectArg project;

  @Parameters(index = "1", paramLabel = "FILE.csv", description = "The participants table.")
  Path csv;

  @Override
  public Integer call() {
    try (Project p = project.openSharing()) {
      List<Participant> attached =
          new ProjectImports(p).attachParticipants(csv, ProjectArg.actor(), false);
      spec.commandLine()
          .getOut()
          .printf("attached %d participants from %s%n", attached.size(), csv);
    }
    return 0;
  }
}
