package org.verbatim.core.model;

import java.time.Instant;

/**
 * Someone who may log in to the server. {@code passwordHash} is an encoded PBKDF2 hash (never the
 * password); {@code version} increases with every change (optimistic locking).
 */
public record Account(
    AccountId id,
    String username,
    Role role,
    String passwordHash,
    boolean disabled,
    Instant createdAt,
    long version) {
  public Account {
    if (username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
  }

  /** A copy without the password hash, safe to log or serialise. */
  public Account withoutHash() {
    return new Account(id, username, role, "", disabled, createdAt, version);
  }
}
