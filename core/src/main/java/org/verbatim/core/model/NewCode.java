package org.verbatim.core.model;

import java.util.Optional;

/** What it takes to create a code. */
public record NewCode(Optional<CodeId> parent, String name, String definition, String colour) {}
