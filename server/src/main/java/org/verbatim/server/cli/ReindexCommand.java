package org.verbatim.server.cli;

import java.util.concurrent.Callable;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code verbatim reindex DIR}: rebuilds the search index from the store. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the store.")
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectArg project;

  @Override
  public Integer call() {
    try (Project p = project.open()) {
      int total = p.services().documents().list().size();
      int n;
      try (Progress progress = new Progress(spec.commandLine().getErr(), "reindex", total)) {
        n = p.reindex(d -> progress.step(d.name()));
      }
      spec.commandLine().getOut().printf("reindexed %d documents%n", n);
    }
    return 0;
  }
}
