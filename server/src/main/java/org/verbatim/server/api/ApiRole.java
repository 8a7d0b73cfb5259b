package org.verbatim.server.api;

import io.javalin.security.RouteRole;
import java.util.Optional;
import org.verbatim.core.model.Role;

/** The least role a route needs; {@link #PUBLIC} routes need no session. */
public enum ApiRole implements RouteRole {
  PUBLIC(Optional.empty()),
  VIEWER(Optional.of(Role.VIEWER)),
  CODER(Optional.of(Role.CODER)),
  OWNER(Optional.of(Role.OWNER));

  private final Optional<Role> least;

  ApiRole(Optional<Role> least) {
    this.least = least;
  }

  /** Whether an account of {@code role} may use a route that needs this. */
  public boolean admits(Role role) {
    return least.map(role::includes).orElse(true);
  }
}
