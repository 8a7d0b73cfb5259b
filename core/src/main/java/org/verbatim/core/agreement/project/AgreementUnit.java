package org.verbatim.core.agreement.project;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.verbatim.core.model.InvalidInputException;

/**
 * What a project's agreement compares: units (sentences, turns, paragraphs, whole documents) each
 * coded or not per code, or the character continuum of the text.
 */
public enum AgreementUnit {
  SENTENCE,
  TURN,
  PARAGRAPH,
  DOCUMENT,
  CHARACTER;

  /** The lower-case name used on the command line and in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the continuum (unitized data), false for unit data. */
  public boolean continuum() {
    return this == CHARACTER;
  }

  /**
   * Parses {@code sentence|turn|paragraph|document|character} (any case).
   *
   * @throws InvalidInputException naming the valid units
   */
  public static AgreementUnit parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (AgreementUnit unit : values()) {
      if (unit.label().equals(wanted)) {
        return unit;
      }
    }
    throw new InvalidInputException(
        "unknown unit '"
            + text
            + "'; valid units: "
            + Arrays.stream(values()).map(AgreementUnit::label).collect(Collectors.joining(", ")));
  }
}
