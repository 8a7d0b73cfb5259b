package org.verbatim.core.model;

import java.time.Instant;
import java.util.Optional;

/** One recorded change: who, when, what, and the entity's JSON before and after. */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String action,
    String entity,
    Optional<Long> entityId,
    Optional<String> before,
    Optional<String> after) {}
