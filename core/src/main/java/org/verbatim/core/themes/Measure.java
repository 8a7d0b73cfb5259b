package org.verbatim.core.themes;

import java.util.Locale;
import org.verbatim.core.model.InvalidInputException;

/** What a matrix cell counts: distinct participants, or passages (codings). */
public enum Measure {
  PARTICIPANTS,
  PASSAGES;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws InvalidInputException naming the valid values
   */
  public static Measure of(String code) {
    for (Measure m : values()) {
      if (m.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new InvalidInputException("unknown count '" + code + "'; use participants or passages");
  }
}
