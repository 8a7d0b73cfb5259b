package org.verbatim.core.model.archfixture;

import org.verbatim.core.store.ProjectStore;

/** Breaks the model rule on purpose: a value that depends on the store (CoreArchitectureTest). */
public record ValueThatKnowsTheStore(ProjectStore store) {}
