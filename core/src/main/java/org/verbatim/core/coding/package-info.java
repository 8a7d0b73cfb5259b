/**
 * The coding workflow shared by the server and the command line: who may see and change which
 * codings, codes and memos (roles, own layers, blind coding), project settings, and autocoding of
 * search results expanded to sentences or turns. Storage and undo live in {@code core.store}.
 */
@NullMarked
package org.verbatim.core.coding;

import org.jspecify.annotations.NullMarked;
