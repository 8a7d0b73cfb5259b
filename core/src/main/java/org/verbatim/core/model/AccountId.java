package org.verbatim.core.model;

/** Store identity of an {@link Account}. */
public record AccountId(long value) {
  public AccountId {
    if (value <= 0) {
      throw new IllegalArgumentException("Account id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
