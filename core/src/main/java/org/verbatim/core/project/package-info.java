/**
 * A project on disk: the folder holding the store, the derived search index and the original source
 * files; importing files and whole study folders into it; and {@link
 * org.verbatim.core.project.ProjectServices}, the one set of services routes and commands call.
 */
@NullMarked
package org.verbatim.core.project;

import org.jspecify.annotations.NullMarked;
