package org.verbatim.core.model;

import java.time.Instant;

/** A researcher's translation of a quote: the text, its language tag ("en"), who and when. */
public record Translation(String text, String language, String translator, Instant at) {
  public Translation {
    if (text.isBlank()) {
      throw new InvalidInputException("a translation must not be blank");
    }
  }
}
