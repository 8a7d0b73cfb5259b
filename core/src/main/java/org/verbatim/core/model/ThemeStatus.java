package org.verbatim.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a theme stands in the team's review: draft, reviewed, final. */
public enum ThemeStatus {
  DRAFT,
  REVIEWED,
  FINAL;

  /** The lower-case name used in storage, JSON and on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws InvalidInputException naming the valid statuses if {@code code} is none of them
   */
  public static ThemeStatus of(String code) {
    for (ThemeStatus s : values()) {
      if (s.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new InvalidInputException(
        "unknown theme status '"
            + code
            + "'; use one of "
            + Arrays.stream(values()).map(ThemeStatus::code).collect(Collectors.joining(", ")));
  }
}
