package org.verbatim.core.model;

import java.time.Instant;

/**
 * A logged-in browser session. Only the SHA-256 of the cookie token is stored ({@code tokenHash}),
 * so a copy of the database does not let anyone in; {@code csrfToken} must accompany every
 * state-changing request of the session.
 */
public record LoginSession(
    String tokenHash, AccountId account, String csrfToken, Instant createdAt, Instant expiresAt) {}
