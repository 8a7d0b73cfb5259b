package org.verbatim.server.api;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.coding.ProjectSettings;
import org.verbatim.core.model.Account;
import org.verbatim.server.api.Views.Me;
import org.verbatim.server.api.Views.SessionView;
import org.verbatim.server.auth.LoginThrottle;
import org.verbatim.server.auth.Principal;
import org.verbatim.server.auth.SessionManager;

/** Log in, log out, who am I, and changing one's own password. */
final class SessionController {
  private static final Logger LOG = LoggerFactory.getLogger(SessionController.class);

  private final Accounts accounts;
  private final SessionManager sessions;
  private final LoginThrottle throttle;
  private final ProjectSettings settings;
  private final EventHub events;
  private final boolean secureCookies;

  SessionController(
      Accounts accounts,
      SessionManager sessions,
      LoginThrottle throttle,
      ProjectSettings settings,
      EventHub events,
      boolean secureCookies) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = throttle;
    this.settings = settings;
    this.events = events;
    this.secureCookies = secureCookies;
  }

  void login(Context ctx) {
    Requests.Login body = Bodies.read(ctx, Requests.Login.class);
    String username = Bodies.required(body.username(), "username");
    String password = Bodies.required(body.password(), "password");
    String ip = ctx.ip();
    // counted before the hash is checked, so parallel guesses cannot all be evaluated
    Optional<Duration> wait = throttle.attempt(username, ip);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      ctx.header("Retry-After", Long.toString(seconds));
      throw new ApiException(
          429, "too_many_attempts", "too many failed logins; try again in " + seconds + " s");
    }
    Optional<Account> account = accounts.verify(username, password);
    if (account.isEmpty()) {
      LOG.info("failed login for '{}' from {}", username, ip);
      throw new ApiException(401, "invalid_credentials", "wrong username or password");
    }
    throttle.succeeded(username, ip);
    // a fresh token on every login: a session id planted before login is useless afterwards
    Optional.ofNullable(ctx.cookie(AccessManager.SESSION_COOKIE))
        .flatMap(sessions::authenticate)
        .ifPresent(old -> sessions.end(old.sessionHash()));
    SessionManager.Started started = sessions.start(account.get());
    ctx.cookie(cookie(ctx, started.token(), (int) started.lifetime().toSeconds()));
    ctx.json(view(started.principal()));
  }

  void me(Context ctx) {
    ctx.json(view(AccessManager.principal(ctx)));
  }

  void logout(Context ctx) {
    Principal p = AccessManager.principal(ctx);
    sessions.end(p.sessionHash());
    events.disconnect(x -> x.sessionHash().equals(p.sessionHash()));
    ctx.cookie(cookie(ctx, "", 0));
    ctx.status(204);
  }

  void changePassword(Context ctx) {
    Principal p = AccessManager.principal(ctx);
    Requests.ChangePassword body = Bodies.read(ctx, Requests.ChangePassword.class);
    Account changed =
        accounts.changeOwnPassword(
            p.account(),
            Bodies.required(body.currentPassword(), "currentPassword"),
            Bodies.required(body.newPassword(), "newPassword"));
    // changing the password ended every session of the account (other browsers logged in with
    // the old password are out, and their event streams with them); this one starts afresh
    SessionManager.Started started = sessions.start(changed);
    ctx.cookie(cookie(ctx, started.token(), (int) started.lifetime().toSeconds()));
    ctx.json(view(started.principal()));
  }

  private SessionView view(Principal p) {
    return new SessionView(Me.of(p), p.csrfToken(), settings.blindCoding());
  }

  private Cookie cookie(Context ctx, String value, int maxAgeSeconds) {
    boolean secure = secureCookies || "https".equals(ctx.scheme());
    return new Cookie(
        AccessManager.SESSION_COOKIE,
        value,
        "/",
        maxAgeSeconds,
        secure,
        true,
        null,
        SameSite.STRICT);
  }
}
