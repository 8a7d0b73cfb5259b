package org.verbatim.server.cli;

import java.nio.file.Path;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Parameters;

/** The project folder parameter shared by commands that work on a project. */
final class ProjectArg {
  @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
  Path folder;

  Project open() {
    return Project.open(folder);
  }

  /** Opens the project for a command that leaves documents alone, beside a running server. */
  Project openSharing() {
    return Project.openSharing(folder);
  }

  static String actor() {
    return System.getProperty("user.name", "cli");
  }
}
