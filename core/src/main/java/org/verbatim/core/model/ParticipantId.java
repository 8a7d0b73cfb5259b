package org.verbatim.core.model;

/** Store identity of a {@link Participant}. */
public record ParticipantId(long value) {
  public ParticipantId {
    if (value <= 0) {
      throw new IllegalArgumentException("Participant id must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
