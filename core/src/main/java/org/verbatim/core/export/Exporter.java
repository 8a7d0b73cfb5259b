package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.verbatim.core.store.ProjectStore;

/** One (what, format) pair of {@link ExportRegistry}: reads a project and writes one file. */
public interface Exporter {
  /**
   * Writes the export to {@code out} (flushed, not closed).
   *
   * @throws org.verbatim.core.model.InvalidInputException naming what is wrong with the options (an
   *     unknown coder or attribute, …)
   */
  void write(ProjectStore store, ExportOptions options, OutputStream out) throws IOException;

  /** The media type a download announces. */
  String contentType();

  /** The file name extension, without the dot. */
  String extension();

  /**
   * Writes the export to {@code file} completely or not at all (a temporary sibling, then a
   * rename).
   *
   * @throws org.verbatim.core.model.ConflictException if {@code file} exists and {@code replace} is
   *     false
   */
  default void writeTo(Path file, ProjectStore store, ExportOptions options, boolean replace) {
    AtomicFile.write(file, out -> write(store, options, out), replace);
  }

  /**
   * Writes output already made by {@link #write} to {@code file}, completely or not at all.
   *
   * @throws org.verbatim.core.model.ConflictException if {@code file} exists and {@code replace} is
   *     false
   */
  default void writeBytes(Path file, byte[] bytes, boolean replace) {
    AtomicFile.write(file, out -> out.write(bytes), replace);
  }
}
