package org.verbatim.core.model;

/** Store identity of a {@link Theme}. */
public record ThemeId(long value) {
  public ThemeId {
    if (value <= 0) {
      throw new IllegalArgumentException("Theme id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
