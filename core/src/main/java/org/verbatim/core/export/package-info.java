/**
 * Quote-backed theme tables and reports rendered to DOCX, XLSX, CSV, Markdown and HTML, and writing
 * a file all at once ({@link org.verbatim.core.export.AtomicFile}). Agreement reports are written
 * by {@code core.agreement.report}.
 */
@NullMarked
package org.verbatim.core.export;

import org.jspecify.annotations.NullMarked;
