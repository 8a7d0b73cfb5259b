package org.verbatim.core.interchange;

import java.nio.file.Path;

/** What an export wrote: the file, whether it was validated, and the counts it holds. */
public record ExportSummary(
    Path file, boolean validated, int documents, int codes, int codings, int users, int memos) {}
