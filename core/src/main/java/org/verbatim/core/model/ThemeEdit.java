package org.verbatim.core.model;

import java.util.Optional;

/** The fields of a theme to change; absent fields stay as they are. */
public record ThemeEdit(Optional<String> name, Optional<String> definition, Optional<String> memo) {
  public boolean isEmpty() {
    return name.isEmpty() && definition.isEmpty() && memo.isEmpty();
  }

  public static ThemeEdit rename(String name) {
    return new ThemeEdit(Optional.of(name), Optional.empty(), Optional.empty());
  }

  public static ThemeEdit define(String definition) {
    return new ThemeEdit(Optional.empty(), Optional.of(definition), Optional.empty());
  }
}
