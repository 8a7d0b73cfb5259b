/**
 * Accounts and login without HTTP: PBKDF2 password hashing, failed-login backoff, and sessions with
 * their CSRF tokens. The HTTP layer ({@code server.api}) applies them to requests.
 */
@NullMarked
package org.verbatim.server.auth;

import org.jspecify.annotations.NullMarked;
