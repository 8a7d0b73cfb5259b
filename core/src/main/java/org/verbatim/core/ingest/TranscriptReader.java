package org.verbatim.core.ingest;

import java.nio.file.Path;
import org.verbatim.core.model.DocumentContent;

/** Reads one transcript file format into normalised text with speaker turns. */
public interface TranscriptReader {
  /**
   * Reads {@code file}. The result has no sentences yet (see {@link TranscriptImport}); its text is
   * normalised ({@link TextNormaliser}) and all turn spans refer to it. Its name is {@code
   * options.name()} or the file name without extension, its language {@code options.language()} or
   * the one detected from the text.
   *
   * @throws org.verbatim.core.model.InvalidInputException naming the file and the position when the
   *     file is missing, empty, binary, badly encoded or malformed for its format
   * @throws java.io.UncheckedIOException when the file cannot be read for other reasons
   */
  DocumentContent read(Path file, ImportOptions options);
}
