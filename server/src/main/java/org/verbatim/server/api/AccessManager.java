package org.verbatim.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.accounts.Secrets;
import org.verbatim.server.auth.Principal;
import org.verbatim.server.auth.SessionManager;

/**
 * The one access check, run before every matched route: it finds the session from the cookie (401
 * without one), checks the CSRF header on state-changing methods (403) and the route's role (403).
 * A route under /api without a role is refused, so a forgotten role fails closed.
 */
final class AccessManager {
  static final String SESSION_COOKIE = "verbatim_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String PRINCIPAL = "verbatim.principal";
  private static final Set<HandlerType> SAFE =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final SessionManager sessions;

  AccessManager(SessionManager sessions) {
    this.sessions = sessions;
  }

  void check(Context ctx) {
    Optional<ApiRole> required = required(ctx.routeRoles());
    if (required.isEmpty()) {
      if (ctx.path().startsWith("/api")) {
        throw ApiException.forbidden("this route has no access rule");
      }
      return;
    }
    if (required.get() == ApiRole.PUBLIC) {
      return;
    }
    String token = Optional.ofNullable(ctx.cookie(SESSION_COOKIE)).orElse("");
    Principal principal = sessions.authenticate(token).orElseThrow(ApiException::unauthenticated);
    ctx.attribute(PRINCIPAL, principal);
    if (!SAFE.contains(ctx.method())) {
      String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElse("");
      if (!Secrets.same(sent, principal.csrfToken())) {
        throw new ApiException(
            403,
            "csrf_failed",
            "missing or wrong " + CSRF_HEADER + " header; take the token from GET /api/session");
      }
    }
    if (!required.get().admits(principal.role())) {
      throw ApiException.forbidden(
          "this needs the "
              + required.get().name().toLowerCase(java.util.Locale.ROOT)
              + " role; you are "
              + principal.role().code());
    }
  }

  private static Optional<ApiRole> required(Set<RouteRole> roles) {
    return roles.stream().filter(ApiRole.class::isInstance).map(ApiRole.class::cast).findFirst();
  }

  /** The logged-in user of a request that passed {@link #check}. */
  static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) {
      throw ApiException.unauthenticated();
    }
    return p;
  }
}
