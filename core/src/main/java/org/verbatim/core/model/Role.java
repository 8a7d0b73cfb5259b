package org.verbatim.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an account may do: owners everything, coders code and write memos, viewers read. */
public enum Role {
  VIEWER,
  CODER,
  OWNER;

  /** Whether this role includes everything {@code other} may do (owner ⊇ coder ⊇ viewer). */
  public boolean includes(Role other) {
    return ordinal() >= other.ordinal();
  }

  /** Whether accounts with this role write codings and memos, and so need a coder layer. */
  public boolean codes() {
    return includes(CODER);
  }

  /** The lower-case name used on the command line and in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses "owner", "coder" or "viewer" (any case).
   *
   * @throws InvalidInputException naming the accepted roles otherwise
   */
  public static Role parse(String text) {
    for (Role r : values()) {
      if (r.code().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new InvalidInputException(
        "unknown role '"
            + text
            + "'; use one of "
            + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
  }
}
