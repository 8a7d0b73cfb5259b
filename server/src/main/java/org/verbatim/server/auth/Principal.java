package org.verbatim.server.auth;

import java.util.Optional;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.AccountId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Role;

/**
 * The logged-in user of one session: account, role, coder layer (absent for viewers), the session's
 * CSRF token and the hash that identifies the session.
 */
public record Principal(
    AccountId account,
    String username,
    Role role,
    Optional<CoderId> coder,
    String csrfToken,
    String sessionHash) {
  /** The same user as the core services know it. */
  public Actor actor() {
    return new Actor(username, role, coder);
  }
}
