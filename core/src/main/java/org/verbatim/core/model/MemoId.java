package org.verbatim.core.model;

/** Store identity of a {@link Memo}. */
public record MemoId(long value) {
  public MemoId {
    if (value <= 0) {
      throw new IllegalArgumentException("Memo id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
