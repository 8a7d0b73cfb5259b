package org.verbatim.core.model;

/** Store identity of a {@link Code}. */
public record CodeId(long value) {
  public CodeId {
    if (value <= 0) {
      throw new IllegalArgumentException("Code id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
