package org.verbatim.core.agreement;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.verbatim.core.model.InvalidInputException;

/** Level of measurement of the categories, which chooses Krippendorff's difference function. */
public enum Level {
  NOMINAL,
  ORDINAL,
  INTERVAL,
  RATIO;

  /** True when the categories must be numbers (all levels but nominal). */
  public boolean numeric() {
    return this != NOMINAL;
  }

  /** The lower-case name used on the command line and in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code nominal|ordinal|interval|ratio} (any case).
   *
   * @throws InvalidInputException naming the valid levels
   */
  public static Level parse(String text) {
    for (Level level : values()) {
      if (level.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return level;
      }
    }
    throw new InvalidInputException(
        "unknown level '"
            + text
            + "'; valid levels: "
            + Arrays.stream(values()).map(Level::label).collect(Collectors.joining(", ")));
  }
}
