package org.verbatim.server.cli;

import java.util.concurrent.Callable;
import org.verbatim.server.ServerLauncher;
import org.verbatim.server.api.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code verbatim serve DIR}: runs the web server on a project. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a project to the web UI and REST API (Ctrl-C stops).",
      "On first start it creates the account 'owner' and prints its password once."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectArg project;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--secure-cookies",
      description = "Mark the session cookie Secure (when a TLS proxy is in front).")
  boolean secureCookies;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, was " + port);
    }
    ServerLauncher.serve(
        project.folder,
        host,
        port,
        ServerConfig.defaults().withSecureCookies(secureCookies),
        spec.commandLine().getOut());
    return 0;
  }
}
