package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;

/** Renders an {@link ExportDocument} in one file format. */
public interface TableWriter {
  /** Writes {@code document} to {@code out} (flushed, not closed). */
  void write(ExportDocument document, OutputStream out) throws IOException;
}
