package org.verbatim.core.model;

/** Store identity of a {@link Document}. */
public record DocumentId(long value) {
  public DocumentId {
    if (value <= 0) {
      throw new IllegalArgumentException("Document id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
