/**
 * Bringing files into a project, one entry point for the command line and the server: {@link
 * org.verbatim.core.imports.ProjectImports} dispatches by extension ({@link
 * org.verbatim.core.imports.ImportKind}) to the transcript importer, REFI-QDA interchange or the
 * participants table, so that both give the same words for the same file; {@link
 * org.verbatim.core.imports.StagedUpload} turns an uploaded stream into a file of its own name
 * within the size limits import enforces.
 */
@NullMarked
package org.verbatim.core.imports;

import org.jspecify.annotations.NullMarked;
