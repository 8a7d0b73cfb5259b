package org.verbatim.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.verbatim.core.coding.ProjectSettings;
import org.verbatim.core.imports.ProjectImports;
import org.verbatim.core.project.ProjectServices;
import org.verbatim.server.auth.LoginThrottle;
import org.verbatim.server.auth.SessionManager;

/**
 * Everything the API needs, built once per served project: the project's core services (every route
 * calls one of them) and its imports, and what only a server has: the session cache, the login
 * throttle and the live-event streams. When an account's sessions end (any change to the account,
 * from the API or from the command line in this process), its cached sessions and event streams end
 * too. The caller owns the project; {@link #close} ends only the event streams.
 */
public record ServerServices(
    ProjectServices project,
    ProjectImports imports,
    ServerConfig config,
    ObjectMapper json,
    SessionManager sessions,
    LoginThrottle throttle,
    EventHub events,
    Runnable stopListening)
    implements AutoCloseable {

  public static ServerServices create(
      ProjectServices project, ProjectImports imports, ServerConfig config) {
    ObjectMapper json = ApiJson.mapper();
    SessionManager sessions =
        new SessionManager(project.sessions(), config.clock(), config.sessionLifetime());
    EventHub events = new EventHub(json);
    Runnable stop =
        project
            .sessions()
            .onEndAll(
                account -> {
                  sessions.forget(account);
                  events.disconnect(p -> p.account().equals(account));
                });
    return new ServerServices(
        project,
        imports,
        config,
        json,
        sessions,
        new LoginThrottle(config.usernameThrottle(), config.ipThrottle(), config.clock()),
        events,
        stop);
  }

  /** The project's settings (blind coding), as the API serves them. */
  public ProjectSettings settings() {
    return project.settings();
  }

  @Override
  public void close() {
    stopListening.run();
    events.close();
  }
}
