package org.verbatim.core.themes;

import java.util.Locale;
import org.verbatim.core.model.InvalidInputException;

/** When two passages count as together: they overlap, or touch the same sentence or turn. */
public enum Proximity {
  /** The passages share at least one character. */
  OVERLAP,
  /** Each passage overlaps one same sentence. */
  SENTENCE,
  /** Each passage overlaps one same speaker turn. */
  TURN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws InvalidInputException naming the valid values
   */
  public static Proximity of(String code) {
    for (Proximity p : values()) {
      if (p.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new InvalidInputException(
        "unknown proximity '" + code + "'; use overlap, sentence or turn");
  }
}
