package org.verbatim.core.export;

import java.nio.file.Path;

/** Writes an export document to a file in a format, completely or not at all. */
public final class Exports {
  private Exports() {}

  /**
   * Writes {@code document} as {@code format} to {@code file} through a temporary sibling and a
   * rename, so that a failed export leaves nothing behind.
   *
   * @param replace whether an existing file may be replaced
   * @param byteOrderMark whether a CSV starts with a UTF-8 byte-order mark (for Excel)
   * @throws org.verbatim.core.model.ConflictException naming the file if it exists and may not be
   *     replaced
   * @throws org.verbatim.core.model.InvalidInputException naming the file if it cannot be written
   */
  public static void write(
      ExportDocument document,
      ExportFormat format,
      Path file,
      boolean replace,
      boolean byteOrderMark) {
    TableWriter writer = format.writer(byteOrderMark);
    AtomicFile.write(file, out -> writer.write(document, out), replace);
  }
}
