package org.verbatim.core.model;

/** Store identity of a {@link Coding}. */
public record CodingId(long value) {
  public CodingId {
    if (value <= 0) {
      throw new IllegalArgumentException("Coding id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
