/**
 * The coding workflow shared by the server and the command line: who may see and change which
 * codings, codes and memos (roles, own layers, blind coding), whether a coding's range fits its
 * document and its code exists, undo and redo, project settings, and autocoding of search results
 * expanded to sentences or turns. Storage lives behind {@code core.store}.
 */
@NullMarked
package org.verbatim.core.coding;

import org.jspecify.annotations.NullMarked;
