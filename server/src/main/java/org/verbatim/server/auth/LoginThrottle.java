package org.verbatim.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a number of free failures for a username, or from an IP
 * address, every further attempt must wait, the wait doubling with each failure up to a maximum.
 * Failures are forgotten after a quiet period; a successful login clears its username's count. Kept
 * in memory: a restart forgets it, which only restores the free attempts.
 *
 * <p>{@link #attempt} counts an attempt before its password is checked, in one atomic step per
 * counter, so parallel guesses cannot all slip through while the (slow) hash of the first is still
 * being computed: at most {@code freeFailures + 1} attempts are ever evaluated before the wait.
 */
public final class LoginThrottle {
  /** When attempts start to wait and how long. */
  public record Policy(
      int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
    public Policy {
      if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
        throw new IllegalArgumentException("invalid login throttle policy " + this);
      }
    }
  }

  /** 5 free failures per username, then 1 s doubling to 15 min; forgotten after an hour. */
  public static final Policy USERNAME_DEFAULT =
      new Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

  /** 20 free failures per IP address (a shared office), then as for usernames. */
  public static final Policy IP_DEFAULT =
      new Policy(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

  private static final int MAX_TRACKED = 100_000;

  private final Policy usernamePolicy;
  private final Policy ipPolicy;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Policy usernamePolicy, Policy ipPolicy, Clock clock) {
    this.usernamePolicy = usernamePolicy;
    this.ipPolicy = ipPolicy;
    this.clock = clock;
  }

  /** How long the next attempt for this username from this address must still wait, if at all. */
  public Optional<Duration> wait(String username, String ip) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : new String[] {userKey(username), ipKey(ip)}) {
      Failures f = failures.get(key);
      if (f != null && f.lockedUntil().isAfter(now)) {
        Duration left = Duration.between(now, f.lockedUntil());
        longest = left.compareTo(longest) > 0 ? left : longest;
      }
    }
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  /**
   * Claims the right to check one password, counting it as a failure until {@link
   * #succeeded(String, String)} says otherwise.
   *
   * @return empty to go ahead (the attempt is counted), or how long to wait (nothing is counted)
   */
  public Optional<Duration> attempt(String username, String ip) {
    purgeIfLarge();
    Instant now = clock.instant();
    Optional<Duration> byUser = claim(userKey(username), usernamePolicy, now);
    if (byUser.isPresent()) {
      return byUser;
    }
    Optional<Duration> byIp = claim(ipKey(ip), ipPolicy, now);
    if (byIp.isPresent()) {
      release(userKey(username), usernamePolicy, now);
    }
    return byIp;
  }

  /** A claimed attempt succeeded: its username starts afresh and its address gets it back. */
  public void succeeded(String username, String ip) {
    succeeded(username);
    release(ipKey(ip), ipPolicy, clock.instant());
  }

  public void failed(String username, String ip) {
    purgeIfLarge();
    record(userKey(username), usernamePolicy);
    record(ipKey(ip), ipPolicy);
  }

  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  /** Counts one attempt on {@code key} unless it is locked now; returns the wait if it is. */
  private Optional<Duration> claim(String key, Policy policy, Instant now) {
    Duration[] refused = {null};
    failures.compute(
        key,
        (k, old) -> {
          if (old != null && old.lockedUntil().isAfter(now)) {
            refused[0] = Duration.between(now, old.lockedUntil());
            return old;
          }
          return next(old, policy, now);
        });
    return Optional.ofNullable(refused[0]);
  }

  /** Takes back one counted attempt on {@code key}. */
  private void release(String key, Policy policy, Instant now) {
    failures.computeIfPresent(
        key,
        (k, old) -> {
          int count = old.count() - 1;
          if (count <= 0) {
            return null;
          }
          Instant lockedUntil =
              count <= policy.freeFailures() && old.lockedUntil().isAfter(now)
                  ? now
                  : old.lockedUntil();
          return new Failures(count, old.last(), lockedUntil);
        });
  }

  private static Failures next(Failures old, Policy policy, Instant now) {
    int count =
        old == null || old.last().plus(policy.forgetAfter()).isBefore(now) ? 1 : old.count() + 1;
    Instant lockedUntil = now;
    int over = count - policy.freeFailures();
    if (over > 0) {
      lockedUntil = now.plus(delay(policy, over));
    }
    return new Failures(count, now, lockedUntil);
  }

  private void record(String key, Policy policy) {
    Instant now = clock.instant();
    failures.compute(key, (k, old) -> next(old, policy, now));
  }

  static Duration delay(Policy policy, int over) {
    // 2^(over-1) times the first delay, without overflowing for long attacks
    Duration d = policy.firstDelay().multipliedBy(1L << Math.min(over - 1, 30));
    return d.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : d;
  }

  private void purgeIfLarge() {
    if (failures.size() > MAX_TRACKED) {
      Instant cutoff =
          clock.instant().minus(ipPolicy.forgetAfter().plus(usernamePolicy.forgetAfter()));
      failures
          .values()
          .removeIf(f -> f.last().isBefore(cutoff) && !f.lockedUntil().isAfter(clock.instant()));
    }
  }

  private static String userKey(String username) {
    return "u:" + username.strip().toLowerCase(Locale.ROOT);
  }

  private static String ipKey(String ip) {
    return "ip:" + ip;
  }

  private record Failures(int count, Instant last, Instant lockedUntil) {}
}
