package org.verbatim.core.model;

import java.util.Optional;

/**
 * One speaker turn: who spoke and where the spoken text lies in the stored text ({@code span}
 * excludes the speaker label). Cue times, in milliseconds, are present when the source had them.
 */
public record Turn(
    int index,
    Optional<String> speaker,
    Span span,
    Optional<Long> startMillis,
    Optional<Long> endMillis) {
  public Turn {
    if (index < 0) {
      throw new IllegalArgumentException("turn index must be >= 0");
    }
  }

  public static Turn untimed(int index, Optional<String> speaker, Span span) {
    return new Turn(index, speaker, span, Optional.empty(), Optional.empty());
  }
}
