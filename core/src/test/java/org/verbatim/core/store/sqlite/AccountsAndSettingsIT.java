package org.verbatim.core.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountChange;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.LoginSession;
import org.verbatim.core.model.MemoFilter;
import org.verbatim.core.model.NewMemo;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.VersionedMemo;

class AccountsAndSettingsIT {
  @TempDir Path dir;

  @Test
  void usernamesAreUniqueIgnoringCaseAndTheLastOwnerCannotBeDemoted() {
    try (SqliteProjectStore store = SqliteProjectStore.open(dir.resolve("p.sqlite"))) {
      Account owner = store.users().create("Alice", Role.OWNER, "hash", "cli");
      assertThatThrownBy(() -> store.users().create("alice", Role.CODER, "h", "cli"))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> store.users().create("con sensus", Role.CODER, "h", "cli"))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(
              () -> store.users().update(owner.id(), 1, AccountChange.role(Role.CODER), "cli"))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("last enabled owner");
      assertThat(store.users().byName("ALICE")).map(Account::role).contains(Role.OWNER);
      Account changed = store.users().update(owner.id(), 1, AccountChange.password("new"), "cli");
      assertThat(changed.passwordHash()).isEqualTo("new");
      assertThat(store.audit().list(0, 10))
          .allSatisfy(e -> assertThat(e.after().orElse("")).doesNotContain("new\""));
    }
  }

  @Test
  void sessionsSurviveReopeningAndExpire() {
    Path file = dir.resolve("p.sqlite");
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      Account a = store.users().create("bob", Role.CODER, "h", "cli");
      store.sessions().create(new LoginSession("t1", a.id(), "csrf", now, now.plusSeconds(60)));
      store.sessions().create(new LoginSession("t2", a.id(), "csrf", now, now.plusSeconds(7200)));
    }
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      assertThat(store.sessions().find("t1")).map(LoginSession::csrfToken).contains("csrf");
      assertThat(store.sessions().deleteExpired(now.plusSeconds(3600))).isEqualTo(1);
      assertThat(store.sessions().find("t1")).isEmpty();
      assertThat(store.sessions().find("t2")).isPresent();
    }
  }

  @Test
  void settingsAreStoredAndAudited() {
    try (SqliteProjectStore store = SqliteProjectStore.open(dir.resolve("p.sqlite"))) {
      store.settings().put("blind_coding", "true", "alice");
      store.settings().put("blind_coding", "false", "alice");
      assertThat(store.settings().get("blind_coding")).contains("false");
      assertThat(store.audit().list(0, 10))
          .filteredOn(e -> e.entity().equals("setting"))
          .hasSize(2);
    }
  }

  @Test
  void memosAreVersionedAndUndoable() {
    try (SqliteProjectStore store = SqliteProjectStore.open(dir.resolve("p.sqlite"))) {
      var coder = store.coders().ensure("ann", "cli");
      VersionedMemo m =
          store
              .memos()
              .create(
                  new NewMemo(
                      coder.id(), Optional.empty(), Optional.empty(), Optional.empty(), "first"),
                  "ann");
      VersionedMemo edited = store.memos().edit(m.memo().id(), 1, "second", "ann");
      assertThat(edited.version()).isEqualTo(2);
      assertThatThrownBy(() -> store.memos().edit(m.memo().id(), 1, "third", "ann"))
          .isInstanceOf(ConflictException.class);
      store.undo().undo("ann").orElseThrow();
      assertThat(store.memos().list(MemoFilter.any()))
          .extracting(x -> x.memo().text())
          .containsExactly("first");
    }
  }
}
