package org.verbatim.core.model;

/** The identity of a pinned quote. */
public record QuoteId(long value) {
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
