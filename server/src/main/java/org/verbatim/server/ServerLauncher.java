package org.verbatim.server;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.imports.ProjectImports;
import org.verbatim.core.project.Project;
import org.verbatim.server.api.ServerConfig;
import org.verbatim.server.api.ServerServices;

/**
 * Starts the server on an open project, and runs it until the process is stopped. Used by {@code
 * verbatim serve} and {@code verbatim demo}.
 */
public final class ServerLauncher {
  /** The name of the owner account made on first start. */
  public static final String FIRST_OWNER = "owner";

  private ServerLauncher() {}

  /** A started server; closing it stops it (the project stays open). */
  public record Running(Javalin app, ServerServices services) implements AutoCloseable {
    public int port() {
      return app.port();
    }

    @Override
    public void close() {
      try {
        app.stop();
      } finally {
        services.close();
      }
    }
  }

  /** Starts serving {@code project} on {@code host:port} (port 0: any free port). */
  public static Running start(Project project, String host, int port, ServerConfig config) {
    ServerServices services =
        ServerServices.create(project.services(), new ProjectImports(project), config);
    try {
      Javalin app = ServerApp.create(services).start(host, port);
      return new Running(app, services);
    } catch (RuntimeException e) {
      services.close();
      throw e;
    }
  }

  /**
   * Creates the owner account if the project has no accounts yet.
   *
   * @return the generated password, to print once; empty if accounts existed
   */
  public static Optional<String> createFirstOwner(Project project, String actor) {
    return accounts(project)
        .createFirstOwner(FIRST_OWNER, actor)
        .flatMap(Accounts.Created::generatedPassword);
  }

  /** The account service of a project, for the command line. */
  public static Accounts accounts(Project project) {
    return project.services().accounts();
  }

  /**
   * Opens the project folder and serves it until the process is stopped (Ctrl-C), creating and
   * printing the first owner's password if there are no accounts. The server stops and the project
   * closes before the JVM exits, so nothing is left half-written.
   *
   * @throws org.verbatim.core.model.InvalidInputException if {@code folder} is not a project
   */
  public static void serve(Path folder, String host, int port, ServerConfig config, PrintWriter out)
      throws InterruptedException {
    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stopRequested.countDown();
              awaitQuietly(closed);
            },
            "verbatim-shutdown");
    try (Project project = Project.open(folder)) {
      if (project.indexedOnOpen() > 0) {
        out.printf(
            "indexed %d stored documents that were missing from the search index%n",
            project.indexedOnOpen());
      }
      createFirstOwner(project, "serve")
          .ifPresent(
              password ->
                  out.printf(
                      "created account '%s' (role owner) with password %s%n"
                          + "  it is shown only now; change it after logging in%n",
                      FIRST_OWNER, password));
      try (Running running = start(project, host, port, config)) {
        out.printf(
            "serving %s at http://%s:%d/ (Ctrl-C stops)%n",
            project.folder(), urlHost(host), running.port());
        if (!isLoopback(host)) {
          out.println(
              "  warning: reachable from other machines; put a TLS proxy in front and use"
                  + " --secure-cookies");
        }
        out.flush();
        Runtime.getRuntime().addShutdownHook(hook);
        stopRequested.await();
      }
    } finally {
      closed.countDown();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static boolean isLoopback(String host) {
    return host.equals("127.0.0.1")
        || host.equals("localhost")
        || host.equals("::1")
        || host.startsWith("127.");
  }

  private static String urlHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
