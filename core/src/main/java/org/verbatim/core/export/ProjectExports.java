package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.verbatim.core.store.ProjectStore;

/**
 * The exports of one open project, looked up by (what, format) in one registry: what the command
 * line writes to files and the REST API sends as downloads.
 */
public final class ProjectExports {
  private final ProjectStore store;
  private final ExportRegistry registry;

  public ProjectExports(ProjectStore store, ExportRegistry registry) {
    this.store = store;
    this.registry = registry;
  }

  /** The registry of what can be exported in which formats. */
  public ExportRegistry registry() {
    return registry;
  }

  /**
   * Writes {@code exporter}'s output to {@code file} atomically.
   *
   * @throws org.verbatim.core.model.ConflictException if the file exists and {@code replace} is
   *     false
   */
  public void writeTo(Path file, Exporter exporter, ExportOptions options, boolean replace) {
    exporter.writeTo(file, store, options, replace);
  }

  /** Writes {@code exporter}'s output to {@code out} (a download). */
  public void write(Exporter exporter, ExportOptions options, OutputStream out) throws IOException {
    exporter.write(store, options, out);
  }
}
