package org.verbatim.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private final ManualClock clock = new ManualClock();
  private final LoginThrottle throttle =
      new LoginThrottle(
          new LoginThrottle.Policy(
              3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofHours(1)),
          new LoginThrottle.Policy(
              10, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1)),
          clock);

  @Test
  void theFreeFailuresCostNothingAndTheNextOnesWaitLongerAndLonger() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("ann", "10.0.0.1");
      assertThat(throttle.wait("ann", "10.0.0.1")).isEmpty();
    }
    throttle.failed("ann", "10.0.0.1");
    assertThat(throttle.wait("ann", "10.0.0.1")).contains(Duration.ofSeconds(1));
    throttle.failed("ann", "10.0.0.1");
    assertThat(throttle.wait("ann", "10.0.0.1")).contains(Duration.ofSeconds(2));
    throttle.failed("ann", "10.0.0.1");
    throttle.failed("ann", "10.0.0.1");
    throttle.failed("ann", "10.0.0.1");
    assertThat(throttle.wait("ann", "10.0.0.1")).contains(Duration.ofSeconds(8));
    clock.advance(Duration.ofSeconds(8));
    assertThat(throttle.wait("ann", "10.0.0.1")).isEmpty();
  }

  @Test
  void theUsernameIsThrottledFromEveryAddressIgnoringCase() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("Ann", "10.0.0." + i);
    }
    assertThat(throttle.wait("ann", "192.168.1.1")).isPresent();
    assertThat(throttle.wait("ben", "192.168.1.1")).isEmpty();
  }

  @Test
  void oneAddressGuessingManyUsernamesIsThrottled() {
    for (int i = 0; i < 11; i++) {
      throttle.failed("user" + i, "10.0.0.9");
    }
    assertThat(throttle.wait("someone-else", "10.0.0.9")).isPresent();
    assertThat(throttle.wait("someone-else", "10.0.0.8")).isEmpty();
  }

  @Test
  void aSuccessfulLoginClearsTheUsernameCount() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("ann", "10.0.0.1");
    }
    throttle.succeeded("ann");
    throttle.failed("ann", "10.0.0.1");
    assertThat(throttle.wait("ann", "10.0.0.1")).isEmpty();
  }

  @Test
  void failuresAreForgottenAfterAQuietPeriod() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("ann", "10.0.0.1");
    }
    clock.advance(Duration.ofHours(2));
    throttle.failed("ann", "10.0.0.1");
    assertThat(throttle.wait("ann", "10.0.0.1")).isEmpty();
  }
}
