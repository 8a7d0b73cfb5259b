/**
 * Login on the server's side, without HTTP: failed-login backoff, and the session cache that turns
 * a cookie's token into a {@link org.verbatim.server.auth.Principal}. Accounts, password hashing
 * and the stored sessions are core's ({@code core.accounts}); the HTTP layer ({@code server.api})
 * applies all of it to requests.
 */
@NullMarked
package org.verbatim.server.auth;

import org.jspecify.annotations.NullMarked;
