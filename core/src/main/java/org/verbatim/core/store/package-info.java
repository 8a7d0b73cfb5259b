/**
 * The project store: the source of truth for documents, participants, coders, codes, codings,
 * themes, memos and the audit log. Interfaces here; the SQLite implementation in {@code sqlite}. No
 * SQL lives outside this package tree.
 */
@NullMarked
package org.verbatim.core.store;

import org.jspecify.annotations.NullMarked;
