package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.ThemeId;

/** What it takes to create a theme. */
public record NewTheme(
    Optional<ThemeId> parent, String name, String definition, List<CodeId> codes) {
  public NewTheme {
    codes = List.copyOf(codes);
  }
}
