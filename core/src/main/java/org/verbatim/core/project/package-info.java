/**
 * A project on disk: the folder holding the store, the derived search index and the original source
 * files; importing files and whole study folders into it.
 */
@NullMarked
package org.verbatim.core.project;

import org.jspecify.annotations.NullMarked;
