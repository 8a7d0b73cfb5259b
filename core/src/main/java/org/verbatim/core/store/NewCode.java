package org.verbatim.core.store;

import java.util.Optional;
import org.verbatim.core.model.CodeId;

/** What it takes to create a code. */
public record NewCode(Optional<CodeId> parent, String name, String definition, String colour) {}
