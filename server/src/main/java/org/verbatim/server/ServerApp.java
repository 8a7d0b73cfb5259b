package org.verbatim.server;

import io.javalin.Javalin;
import org.verbatim.server.api.ApiRoutes;
import org.verbatim.server.api.ServerServices;

/**
 * The composition root: builds the Javalin app for one project's services, unstarted. {@code main}
 * starts it on the chosen address; tests start it on port 0.
 */
public final class ServerApp {
  private ServerApp() {}

  public static Javalin create(ServerServices services) {
    ApiRoutes routes = new ApiRoutes(services);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          routes.configure(config);
        });
  }
}
