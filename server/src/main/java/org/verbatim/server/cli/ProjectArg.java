package org.verbatim.server.cli;

import java.nio.file.Path;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The project folder parameter shared by commands that work on a project. */
final class ProjectArg {
  @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
  Path folder;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  Project open() {
    return reportRepair(Project.open(folder));
  }

  /** Opens the project for a command that leaves documents alone, beside a running server. */
  Project openSharing() {
    return reportRepair(Project.openSharing(folder));
  }

  /** Says on stderr, in one line, when opening had to bring the search index up to date. */
  private Project reportRepair(Project p) {
    if (p.indexedOnOpen() > 0) {
      command.commandLine().getErr().println(repairLine(p));
    }
    return p;
  }

  static String repairLine(Project p) {
    return "verbatim: "
        + p.folder()
        + ": "
        + p.indexedOnOpen()
        + " stored documents were missing from the search index (an interrupted import?);"
        + " indexed them now";
  }

  static String actor() {
    return System.getProperty("user.name", "cli");
  }
}
