package org.verbatim.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.accounts.LoginSessions;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountChange;
import org.verbatim.core.model.Role;
import org.verbatim.core.store.sqlite.SqliteProjectStore;

class SessionManagerIT {
  @TempDir Path dir;

  @Test
  void aSessionLivesUntilItExpiresOrEndsAndSurvivesARestart() {
    LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();
    Path file = dir.resolve("p.sqlite");
    String token;
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      Account ann = store.users().create("ann", Role.CODER, "hash", "t");
      SessionManager sessions = manager(store, clock);
      SessionManager.Started started = sessions.start(ann);
      token = started.token();
      assertThat(started.principal().coder()).isPresent();
      assertThat(sessions.authenticate(token)).map(Principal::username).contains("ann");
      assertThat(sessions.authenticate(token + "x")).isEmpty();
    }
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      SessionManager sessions = manager(store, clock);
      assertThat(sessions.authenticate(token)).as("after a restart").isPresent();
      clock.advance(Duration.ofHours(13));
      assertThat(sessions.authenticate(token)).as("after expiry").isEmpty();
    }
  }

  @Test
  void disablingAnAccountElsewhereEndsItsSessionsWithinTheRecheckTime() {
    LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();
    try (SqliteProjectStore store = SqliteProjectStore.open(dir.resolve("p.sqlite"))) {
      store.users().create("olivia", Role.OWNER, "hash", "t");
      Account ann = store.users().create("ann", Role.CODER, "hash", "t");
      SessionManager sessions = manager(store, clock);
      String token = sessions.start(ann).token();
      store.users().update(ann.id(), ann.version(), AccountChange.disabled(true), "cli");
      assertThat(sessions.authenticate(token)).as("still cached").isPresent();
      clock.advance(SessionManager.RECHECK.plusSeconds(1));
      assertThat(sessions.authenticate(token)).isEmpty();
    }
  }

  private static SessionManager manager(
      SqliteProjectStore store, LoginThrottleTest.ManualClock clock) {
    return new SessionManager(
        new LoginSessions(store.sessions(), store.users(), store.coders()),
        clock,
        Duration.ofHours(12));
  }
}
