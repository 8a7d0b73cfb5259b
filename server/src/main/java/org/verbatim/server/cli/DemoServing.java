package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Role;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;
import org.verbatim.server.api.ServerConfig;

/**
 * Serves the demo project. On first start it creates the owner and one coder account per demo coder
 * (so each coder's layer can be explored as that coder) and prints their passwords once.
 */
final class DemoServing {
  private DemoServing() {}

  static int serve(Path folder, String host, int port, PrintWriter out) {
    try (Project project = Project.open(folder)) {
      Accounts accounts = ServerLauncher.accounts(project);
      boolean first = accounts.list().isEmpty();
      if (first) {
        ServerLauncher.createFirstOwner(project, "demo")
            .ifPresent(
                pw ->
                    out.printf(
                        "account %-10s role owner   password %s%n",
                        ServerLauncher.FIRST_OWNER, pw));
        for (Coder coder : project.services().codings().coders()) {
          boolean hasAccount =
              accounts.list().stream().anyMatch(a -> a.username().equalsIgnoreCase(coder.name()));
          if (!coder.name().equals(Coder.CONSENSUS) && !hasAccount) {
            accounts
                .create(coder.name(), Role.CODER, Optional.empty(), "demo")
                .generatedPassword()
                .ifPresent(
                    pw -> out.printf("account %-10s role coder   password %s%n", coder.name(), pw));
          }
        }
        out.println("  (passwords are shown only now)");
      }
    }
    try {
      ServerLauncher.serve(folder, host, port, ServerConfig.defaults(), out);
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
