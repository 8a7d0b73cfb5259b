/**
 * The REST API under {@code /api}: routes, the one access filter (session, CSRF, role), JSON views,
 * error mapping and server-sent events. Handlers validate input, call one core service and write
 * JSON; no domain logic lives here.
 */
@NullMarked
package org.verbatim.server.api;

import org.jspecify.annotations.NullMarked;
