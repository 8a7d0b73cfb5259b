/**
 * Accounts and their login sessions, shared by the server and the command line: creating accounts,
 * checking passwords (PBKDF2), changing role, password or state, and the rule that every change to
 * an account ends its sessions. Session tokens and passwords come from {@link
 * org.verbatim.core.accounts.Secrets}; storage lives behind {@code core.store}.
 */
@NullMarked
package org.verbatim.core.accounts;

import org.jspecify.annotations.NullMarked;
