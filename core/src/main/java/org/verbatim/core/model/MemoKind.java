package org.verbatim.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a memo is about: the project (no target), a document, a code, a theme node or one coding. A
 * memo attached to several targets counts as the most specific one (coding, then code, then
 * document).
 */
public enum MemoKind {
  PROJECT,
  DOCUMENT,
  CODE,
  THEME,
  CODING;

  /** The lower-case name used in SQL, JSON and query strings. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws InvalidInputException naming the valid kinds if {@code code} is none of them
   */
  public static MemoKind of(String code) {
    for (MemoKind k : values()) {
      if (k.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new InvalidInputException(
        "unknown memo kind '"
            + code
            + "'; use one of "
            + Arrays.stream(values()).map(MemoKind::code).collect(Collectors.joining(", ")));
  }
}
