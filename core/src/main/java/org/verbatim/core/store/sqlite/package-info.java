/**
 * The embedded SQLite implementation of the project store (WAL, foreign keys, versioned
 * migrations).
 */
@NullMarked
package org.verbatim.core.store.sqlite;

import org.jspecify.annotations.NullMarked;
