package org.verbatim.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.verbatim.core.accounts.LoginSessions;
import org.verbatim.core.accounts.Secrets;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.LoginSession;

/**
 * Issues, looks up and ends login sessions. The browser holds a random 256-bit token; the store
 * holds its SHA-256. Lookups are cached in memory for {@link #RECHECK} so that most requests cost
 * no database read, yet a session ended or an account changed by another process (the command line)
 * stops working within that time. When an account's sessions end in this process (any change to the
 * account, see {@link org.verbatim.core.accounts.Accounts}), {@link #forget} drops its cached
 * sessions at once.
 */
public final class SessionManager {
  /** How long a cached session is trusted before it is looked up again. */
  public static final Duration RECHECK = Duration.ofSeconds(30);

  private final LoginSessions sessions;
  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public SessionManager(LoginSessions sessions, Clock clock, Duration lifetime) {
    this.sessions = sessions;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** A new session: the token for the cookie, and who it is. */
  public record Started(String token, Principal principal, Duration lifetime) {}

  /** Starts a session for an account that has just proved its password. */
  public Started start(Account account) {
    String token = Secrets.token();
    Instant now = clock.instant();
    LoginSession s =
        new LoginSession(
            Secrets.sha256(token), account.id(), Secrets.token(), now, now.plus(lifetime));
    sessions.start(s, now);
    Principal p = principal(account, s);
    cache.put(s.tokenHash(), new Cached(p, s.expiresAt(), now));
    return new Started(token, p, lifetime);
  }

  /**
   * The principal of a live session token; empty if unknown, expired or its account is disabled.
   */
  public Optional<Principal> authenticate(String token) {
    if (token.isEmpty() || token.length() > 128) {
      return Optional.empty();
    }
    String hash = Secrets.sha256(token);
    Instant now = clock.instant();
    Cached cached = cache.get(hash);
    if (cached == null || cached.checkedAt().plus(RECHECK).isBefore(now)) {
      Optional<LoginSessions.Live> live = sessions.find(hash);
      if (live.isEmpty()) {
        cache.remove(hash);
        return Optional.empty();
      }
      LoginSession stored = live.get().session();
      cached = new Cached(principal(live.get().account(), stored), stored.expiresAt(), now);
      cache.put(hash, cached);
    }
    if (!cached.expiresAt().isAfter(now)) {
      end(hash);
      return Optional.empty();
    }
    return Optional.of(cached.principal());
  }

  /** Ends one session (log out). */
  public void end(String sessionHash) {
    cache.remove(sessionHash);
    sessions.end(sessionHash);
  }

  /** Ends every session of an account (the store's and the cached ones). */
  public void endAll(AccountId account) {
    sessions.endAll(account);
    forget(account);
  }

  /** Drops the cached sessions of an account whose stored sessions have ended. */
  public void forget(AccountId account) {
    cache.values().removeIf(c -> c.principal().account().equals(account));
  }

  private Principal principal(Account account, LoginSession s) {
    return new Principal(
        account.id(),
        account.username(),
        account.role(),
        sessions.coderLayer(account),
        s.csrfToken(),
        s.tokenHash());
  }

  private record Cached(Principal principal, Instant expiresAt, Instant checkedAt) {}
}
