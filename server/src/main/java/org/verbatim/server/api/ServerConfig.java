package org.verbatim.server.api;

import java.time.Clock;
import java.time.Duration;
import org.verbatim.server.auth.LoginThrottle;

/**
 * How the server treats logins: session lifetime, failed-login backoff per username and per IP,
 * whether cookies are marked Secure (behind a TLS proxy), and the clock.
 */
public record ServerConfig(
    Duration sessionLifetime,
    LoginThrottle.Policy usernameThrottle,
    LoginThrottle.Policy ipThrottle,
    boolean secureCookies,
    Clock clock) {
  public ServerConfig {
    if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
      throw new IllegalArgumentException(
          "session lifetime must be positive, was " + sessionLifetime);
    }
  }

  /** Sessions of 12 hours, default backoff, cookies Secure only on HTTPS requests. */
  public static ServerConfig defaults() {
    return new ServerConfig(
        Duration.ofHours(12),
        LoginThrottle.USERNAME_DEFAULT,
        LoginThrottle.IP_DEFAULT,
        false,
        Clock.systemUTC());
  }

  public ServerConfig withThrottle(LoginThrottle.Policy username, LoginThrottle.Policy ip) {
    return new ServerConfig(sessionLifetime, username, ip, secureCookies, clock);
  }

  public ServerConfig withSecureCookies(boolean secure) {
    return new ServerConfig(sessionLifetime, usernameThrottle, ipThrottle, secure, clock);
  }
}
