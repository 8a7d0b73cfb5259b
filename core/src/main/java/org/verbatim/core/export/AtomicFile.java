package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.verbatim.core.model.InvalidInputException;

/** Writes a file completely or not at all: into a temporary sibling, then moved into place. */
public final class AtomicFile {
  private AtomicFile() {}

  /** What writes the content. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code file}, replacing it if present.
   *
   * @throws InvalidInputException naming the file when it cannot be written
   */
  public static void write(Path file, Content content) {
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = null;
    try {
      if (Files.isDirectory(absolute)) {
        throw new InvalidInputException(file + ": is a folder, not a file");
      }
      temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot write (" + e.getMessage() + ")", e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // Best effort: the partial file is hidden and named .part.
        }
      }
    }
  }
}
