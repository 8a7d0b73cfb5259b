package org.verbatim.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.store.ProjectStore;

/**
 * The exports of one open project, looked up by (what, format) in one registry: what the command
 * line writes to files and the REST API sends as downloads, plain or de-identified.
 */
public final class ProjectExports {
  private final ProjectStore store;
  private final ExportRegistry registry;
  private final Supplier<TextFilter> deidentification;

  public ProjectExports(ProjectStore store, ExportRegistry registry) {
    this(store, registry, () -> TextFilter.NONE);
  }

  /**
   * @param deidentification the project's current de-identification map, read at each export
   */
  public ProjectExports(
      ProjectStore store, ExportRegistry registry, Supplier<TextFilter> deidentification) {
    this.store = store;
    this.registry = registry;
    this.deidentification = deidentification;
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

  /**
   * Writes {@code exporter}'s output to {@code file} atomically; when {@code deidentified}, its
   * text passes through the de-identification map and the file is written only if no accepted form
   * is left in it.
   *
   * @throws org.verbatim.core.model.ConflictException if the file exists and {@code replace} is
   *     false, or an accepted form survives (nothing is written then)
   * @throws InvalidInputException when de-identified and no form is accepted yet
   */
  public void writeTo(
      Path file, Exporter exporter, ExportOptions options, boolean replace, boolean deidentified) {
    if (!deidentified) {
      writeTo(file, exporter, options, replace);
      return;
    }
    if (!replace && java.nio.file.Files.exists(file)) {
      throw new org.verbatim.core.model.ConflictException(
          file + ": already exists; not overwritten");
    }
    byte[] bytes = deidentified(exporter, options);
    exporter.writeBytes(file, bytes, replace);
  }

  /** Writes {@code exporter}'s output to {@code out} (a download). */
  public void write(Exporter exporter, ExportOptions options, OutputStream out) throws IOException {
    exporter.write(store, options, out);
  }

  /**
   * Writes {@code exporter}'s output to {@code out}; de-identified as {@link #writeTo(Path,
   * Exporter, ExportOptions, boolean, boolean)}, and then nothing is written when it fails.
   */
  public void write(
      Exporter exporter, ExportOptions options, OutputStream out, boolean deidentified)
      throws IOException {
    if (!deidentified) {
      write(exporter, options, out);
      return;
    }
    out.write(deidentified(exporter, options));
    out.flush();
  }

  /**
   * The de-identification map as it stands, for output written elsewhere (REFI-QDA).
   *
   * @throws InvalidInputException when no form is accepted yet
   */
  public TextFilter deidentification() {
    TextFilter filter = deidentification.get();
    if (!filter.active()) {
      throw new InvalidInputException(
          "no form is accepted for de-identification yet; scan the project and accept or map"
              + " the names first");
    }
    return filter;
  }

  private byte[] deidentified(Exporter exporter, ExportOptions options) {
    TextFilter filter = deidentification();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      exporter.write(store, options.withText(filter), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] out = bytes.toByteArray();
    ExportGuard.check(out, exporter.extension(), filter, "the de-identified export");
    return out;
  }
}
