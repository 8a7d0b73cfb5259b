package org.verbatim.server.api;

import io.javalin.config.RoutesConfig;

/**
 * Headers on every response: no sniffing, no framing, no referrer, a strict content security policy
 * (scripts and styles only from this server, no inline script), and no caching of API data.
 */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void register(RoutesConfig routes) {
    routes.before(
        ctx -> {
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("X-Frame-Options", "DENY");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("Content-Security-Policy", CSP);
          if (ctx.path().startsWith("/api")) {
            ctx.header("Cache-Control", "no-store");
          }
        });
  }
}
