package org.verbatim.core.store;

import java.time.Instant;
import java.util.Optional;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.LoginSession;

/** Persistent login sessions, so that restarting the server does not log everyone out. */
public interface SessionStore {
  void create(LoginSession session);

  /** The session with that token hash, if it exists (expired or not). */
  Optional<LoginSession> find(String tokenHash);

  void delete(String tokenHash);

  /** Ends every session of an account (password change, role change, disabling). */
  void deleteForAccount(AccountId account);

  /** Removes sessions that expired before {@code now}; returns how many. */
  int deleteExpired(Instant now);
}
