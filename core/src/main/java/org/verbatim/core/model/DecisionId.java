package org.verbatim.core.model;

/** Store identity of a reconciliation decision ({@link StoredDecision}). */
public record DecisionId(long value) {
  public DecisionId {
    if (value <= 0) {
      throw new IllegalArgumentException("Decision id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
