package org.verbatim.core.model;

import java.util.Optional;

/** What it takes to create a code. */
public record NewCode(Optional<CodeId> parent, String name, String definition, String colour) {
  public NewCode {
    TextRules.name(name, "code name", TextRules.MAX_NAME);
    TextRules.text(definition, "code definition", TextRules.MAX_DEFINITION);
  }
}
