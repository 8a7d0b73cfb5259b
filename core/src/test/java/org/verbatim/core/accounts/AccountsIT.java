package org.verbatim.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.LoginSession;
import org.verbatim.core.model.Role;
import org.verbatim.core.project.Project;

/** Every change to an account ends its sessions, and whoever listens hears of it. */
class AccountsIT {
  @TempDir Path dir;

  @Test
  void changingRoleStateOrPasswordEndsTheAccountsSessionsAndTellsTheListeners() {
    try (Project project = Project.create(dir.resolve("p"))) {
      Accounts accounts = project.services().accounts();
      LoginSessions sessions = project.services().sessions();
      List<AccountId> heard = new ArrayList<>();
      Runnable stop = sessions.onEndAll(heard::add);
      accounts.create("olivia", Role.OWNER, Optional.of("a-long-password"), "t");
      Account ann =
          accounts.create("ann", Role.CODER, Optional.of("a-long-password"), "t").account();

      start(sessions, ann, "s1");
      Account coder =
          accounts.update(
              ann.id(), ann.version(), Optional.of(Role.VIEWER), Optional.empty(), "olivia");
      assertThat(sessions.find("s1")).isEmpty();

      start(sessions, ann, "s2");
      accounts.setPassword(ann.id(), coder.version(), Optional.of("a-new-password"), "olivia");
      assertThat(sessions.find("s2")).isEmpty();

      start(sessions, ann, "s3");
      accounts.changeOwnPassword(ann.id(), "a-new-password", "another-long-password");
      assertThat(sessions.find("s3")).isEmpty();
      assertThat(heard).containsExactly(ann.id(), ann.id(), ann.id());

      stop.run();
      start(sessions, ann, "s4");
      accounts.update(
          ann.id(),
          accounts.get(ann.id()).version(),
          Optional.empty(),
          Optional.of(true),
          "olivia");
      assertThat(heard).hasSize(3);
    }
  }

  private static void start(LoginSessions sessions, Account account, String hash) {
    Instant now = Instant.now();
    sessions.start(new LoginSession(hash, account.id(), "csrf", now, now.plusSeconds(3600)), now);
    assertThat(sessions.find(hash)).isPresent();
  }
}
