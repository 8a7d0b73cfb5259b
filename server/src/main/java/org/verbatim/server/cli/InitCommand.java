package org.verbatim.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim init DIR}: creates an empty project. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Create an empty project folder.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create the project in.")
  Path folder;

  @Override
  public Integer call() {
    try (Project p = Project.create(folder)) {
      spec.commandLine().getOut().println("created project " + p.folder());
    }
    return 0;
  }
}
