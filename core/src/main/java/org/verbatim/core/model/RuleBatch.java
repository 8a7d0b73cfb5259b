package org.verbatim.core.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One application of reconciliation rules: who applied which rules when, how many decisions it
 * wrote, and when it was undone, if it was.
 */
public record RuleBatch(
    long id, String actor, Instant at, String rules, int decisions, Optional<Instant> undoneAt) {}
