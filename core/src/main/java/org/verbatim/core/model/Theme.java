package org.verbatim.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of the theme tree (theme, subtheme, … to any depth): its name, definition, place among its
 * siblings ({@code position}, 0-based), review status, memo and the codes linked to it. Codes may
 * link to any node, and one code may link to several nodes. {@code version} grows with every
 * change, so a stale edit is detected.
 */
public record Theme(
    ThemeId id,
    Optional<ThemeId> parent,
    String name,
    String definition,
    int position,
    ThemeStatus status,
    String memo,
    List<CodeId> codes,
    long version) {
  public Theme {
    Objects.requireNonNull(status);
    codes = List.copyOf(codes);
  }

  /** Whether {@code code} is linked to this node itself (not counting nodes below it). */
  public boolean links(CodeId code) {
    return codes.contains(code);
  }
}
