package org.verbatim.core.coding;

import java.util.Optional;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Role;

/**
 * Who is acting: the account name (also the audit actor and the undo history owner), its role, and
 * its coder layer (absent for viewers, who never write codings).
 */
public record Actor(String name, Role role, Optional<CoderId> coder) {
  /**
   * The actor's coder layer.
   *
   * @throws AccessDeniedException if the actor has none (a viewer)
   */
  public CoderId requireCoder() {
    return coder.orElseThrow(
        () ->
            new AccessDeniedException(
                "user '" + name + "' may not code (role " + role.code() + ")"));
  }

  public boolean isOwner() {
    return role == Role.OWNER;
  }
}
