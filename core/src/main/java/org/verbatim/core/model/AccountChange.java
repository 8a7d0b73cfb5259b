package org.verbatim.core.model;

import java.util.Optional;

/** What to change on an account; absent fields stay as they are. */
public record AccountChange(
    Optional<Role> role, Optional<String> passwordHash, Optional<Boolean> disabled) {
  public static AccountChange role(Role role) {
    return new AccountChange(Optional.of(role), Optional.empty(), Optional.empty());
  }

  public static AccountChange password(String hash) {
    return new AccountChange(Optional.empty(), Optional.of(hash), Optional.empty());
  }

  public static AccountChange disabled(boolean disabled) {
    return new AccountChange(Optional.empty(), Optional.empty(), Optional.of(disabled));
  }
}
