/** Quote-backed theme tables and reports rendered to DOCX, XLSX, CSV, Markdown and HTML. */
@NullMarked
package org.verbatim.core.export;

import org.jspecify.annotations.NullMarked;
