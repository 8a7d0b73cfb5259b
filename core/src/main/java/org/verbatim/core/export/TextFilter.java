package org.verbatim.core.export;

import java.util.Map;

/**
 * What de-identified exports pass their text through: replaces identifying forms (names, places,
 * dates) with pseudonyms, and finds the forms that an output still contains. {@link #NONE} leaves
 * text alone; the de-identification map ({@code core.deid}) is the real one.
 */
public interface TextFilter {
  /** Leaves every text as it is and finds nothing. */
  TextFilter NONE =
      new TextFilter() {
        @Override
        public Redacted redact(String text) {
          return Redacted.unchanged(text);
        }

        @Override
        public Map<String, Integer> survivors(String text) {
          return Map.of();
        }

        @Override
        public boolean active() {
          return false;
        }
      };

  /** {@code text} with every mapped form replaced, and where each replacement went. */
  Redacted redact(String text);

  /** {@code text} with every mapped form replaced. */
  default String apply(String text) {
    return redact(text).text();
  }

  /**
   * The accepted forms that {@code text} still contains, each with how often, in the order first
   * seen; empty when none is left.
   */
  Map<String, Integer> survivors(String text);

  /** Whether this filter changes anything (false for {@link #NONE}). */
  default boolean active() {
    return true;
  }
}
