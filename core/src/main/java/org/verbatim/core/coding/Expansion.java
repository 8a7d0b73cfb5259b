package org.verbatim.core.coding;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.verbatim.core.model.InvalidInputException;

/**
 * How far autocoding widens each search hit: the match itself, its sentence(s) or its speaker turn.
 */
public enum Expansion {
  MATCH,
  SENTENCE,
  TURN;

  /**
   * Parses "match", "sentence" or "turn".
   *
   * @throws InvalidInputException naming the accepted values otherwise
   */
  public static Expansion parse(String text) {
    for (Expansion e : values()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new InvalidInputException(
        "unknown expansion '"
            + text
            + "'; use one of "
            + Arrays.stream(values())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }
}
