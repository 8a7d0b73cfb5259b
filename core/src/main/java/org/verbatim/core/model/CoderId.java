package org.verbatim.core.model;

/** Store identity of a {@link Coder}. */
public record CoderId(long value) {
  public CoderId {
    if (value <= 0) {
      throw new IllegalArgumentException("Coder id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
