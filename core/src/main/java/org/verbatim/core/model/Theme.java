package org.verbatim.core.model;

import java.util.List;
import java.util.Optional;

/** A node of the theme tree; leaves link the codes that support it. */
public record Theme(
    ThemeId id,
    Optional<ThemeId> parent,
    String name,
    String definition,
    int position,
    List<CodeId> codes) {
  public Theme {
    codes = List.copyOf(codes);
  }
}
