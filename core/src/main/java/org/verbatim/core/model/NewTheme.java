package org.verbatim.core.model;

import java.util.List;
import java.util.Optional;

/** What it takes to create a theme: it goes last among its siblings, in draft status. */
public record NewTheme(
    Optional<ThemeId> parent, String name, String definition, List<CodeId> codes) {
  public NewTheme {
    codes = List.copyOf(codes);
  }
}
