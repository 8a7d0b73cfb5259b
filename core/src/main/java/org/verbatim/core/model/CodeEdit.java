package org.verbatim.core.model;

import java.util.Optional;

/** A rename, new definition or new colour of a code; absent fields stay as they are. */
public record CodeEdit(
    Optional<String> name, Optional<String> definition, Optional<String> colour) {
  public boolean isEmpty() {
    return name.isEmpty() && definition.isEmpty() && colour.isEmpty();
  }
}
