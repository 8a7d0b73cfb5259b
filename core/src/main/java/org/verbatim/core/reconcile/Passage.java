package org.verbatim.core.reconcile;

import org.verbatim.core.model.Coding;

/** One coding together with the exact text it covers. */
public record Passage(Coding coding, String text) {}
