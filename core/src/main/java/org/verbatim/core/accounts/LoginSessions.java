package org.verbatim.core.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.LoginSession;
import org.verbatim.core.store.CoderStore;
import org.verbatim.core.store.SessionStore;
import org.verbatim.core.store.UserStore;

/**
 * The stored login sessions of a project: starting one, finding a live one with its account, and
 * ending one or all of an account's. Whoever keeps sessions elsewhere too (the server caches them
 * and holds event streams) registers with {@link #onEndAll} and hears every account whose sessions
 * ended, whichever service ended them.
 */
public final class LoginSessions {
  private final SessionStore sessions;
  private final UserStore users;
  private final CoderStore coders;
  private final List<Consumer<AccountId>> listeners = new CopyOnWriteArrayList<>();

  public LoginSessions(SessionStore sessions, UserStore users, CoderStore coders) {
    this.sessions = sessions;
    this.users = users;
    this.coders = coders;
  }

  /** A stored session and its enabled account. */
  public record Live(LoginSession session, Account account) {}

  /** Stores a new session and removes those that expired before {@code now}. */
  public void start(LoginSession session, Instant now) {
    sessions.create(session);
    sessions.deleteExpired(now);
  }

  /**
   * The session with that token hash and its account; empty if unknown or the account is gone or
   * disabled. Expiry is the caller's to check.
   */
  public Optional<Live> find(String tokenHash) {
    Optional<LoginSession> stored = sessions.find(tokenHash);
    Optional<Account> account = stored.flatMap(s -> users.get(s.account()));
    if (stored.isEmpty() || account.isEmpty() || account.get().disabled()) {
      return Optional.empty();
    }
    return Optional.of(new Live(stored.get(), account.get()));
  }

  /** The coder layer an account writes in (created on first use); empty for viewers. */
  public Optional<CoderId> coderLayer(Account account) {
    return account.role().codes()
        ? Optional.of(coders.ensure(account.username(), "system")).map(Coder::id)
        : Optional.empty();
  }

  /** Ends one session (log out). */
  public void end(String tokenHash) {
    sessions.delete(tokenHash);
  }

  /** Ends every session of an account and tells the listeners. */
  public void endAll(AccountId account) {
    sessions.deleteForAccount(account);
    listeners.forEach(l -> l.accept(account));
  }

  /**
   * {@code listener} hears each account whose sessions {@link #endAll} ended.
   *
   * @return what stops the listener hearing more
   */
  public Runnable onEndAll(Consumer<AccountId> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
