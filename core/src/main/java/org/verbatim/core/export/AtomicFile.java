package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.verbatim.core.model.ConflictException;
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
    write(file, content, true);
  }

  /**
   * Writes {@code content} to {@code file}; an existing file is replaced only when {@code replace}.
   * A failure leaves neither a partial file nor a temporary one behind.
   *
   * @throws ConflictException naming the file when it exists and {@code replace} is false
   * @throws InvalidInputException naming the file when it cannot be written
   */
  public static void write(Path file, Content content, boolean replace) {
    if (!replace && Files.exists(file)) {
      throw new ConflictException(file + ": already exists; not overwritten");
    }
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = null;
    try {
      if (Files.isDirectory(absolute)) {
        throw new InvalidInputException(file + ": is a folder, not a file");
      }
      if (!Files.isDirectory(folder)) {
        throw new InvalidInputException(
            file + ": cannot write: the folder " + folder + " does not exist");
      }
      temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      if (!replace && Files.exists(absolute)) {
        throw new ConflictException(file + ": already exists; not overwritten");
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
      throw new InvalidInputException(file + ": cannot write (" + reason(e) + ")", e);
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

  /** Why writing failed, in words: the JDK's file exceptions carry only the path as message. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder: " + e.getMessage();
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason() + ": " + f.getFile();
    }
    return String.valueOf(e.getMessage());
  }
}
