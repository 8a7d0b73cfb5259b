package org.verbatim.core.model;

import java.util.Optional;

/** A rename, new definition or new colour of a code; absent fields stay as they are. */
public record CodeEdit(
    Optional<String> name, Optional<String> definition, Optional<String> colour) {
  public CodeEdit {
    name.ifPresent(n -> TextRules.name(n, "code name", TextRules.MAX_NAME));
    definition.ifPresent(d -> TextRules.text(d, "code definition", TextRules.MAX_DEFINITION));
  }

  public boolean isEmpty() {
    return name.isEmpty() && definition.isEmpty() && colour.isEmpty();
  }
}
