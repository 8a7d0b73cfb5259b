package org.verbatim.core.model;

import java.util.Optional;

/**
 * A code in the codebook tree. {@code version} increases with every change (optimistic locking).
 */
public record Code(
    CodeId id,
    Optional<CodeId> parent,
    String name,
    String definition,
    String colour,
    long version) {
  public Code {
    if (name.isBlank()) {
      throw new IllegalArgumentException("code name must not be blank");
    }
  }
}
