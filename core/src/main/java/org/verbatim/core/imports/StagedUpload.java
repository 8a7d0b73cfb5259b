package org.verbatim.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.verbatim.core.ingest.TranscriptReaders;
import org.verbatim.core.model.InvalidInputException;

/**
 * An uploaded file written to a folder of its own under its own name, so that import reads it as it
 * would read the file on disk (the name picks the reader and names the document, and every message
 * names it); refused before or while it arrives when it is over its size limit. Closing removes it.
 */
public final class StagedUpload implements AutoCloseable {
  private static final int MAX_NAME = 200;
  // an undeclared body over the limit is read on (and dropped) this far, to say how large it is
  private static final int COUNT_ON = 4;

  private final Path folder;
  private final Path file;

  private StagedUpload(Path folder, Path file) {
    this.folder = folder;
    this.file = file;
  }

  /**
   * Writes {@code body} to a new temporary folder as {@code fileName} (its last path segment).
   *
   * @param declaredLength the length the client announced, when it did: a larger one than {@code
   *     maxBytes} is refused before anything is read
   * @throws InvalidInputException when the name is missing or unusable, or the body is over {@code
   *     maxBytes} (in the words import uses for a file over its limit)
   */
  public static StagedUpload receive(
      String fileName, InputStream body, OptionalLong declaredLength, long maxBytes) {
    String name = safeName(fileName);
    if (declaredLength.isPresent() && declaredLength.getAsLong() > maxBytes) {
      throw TranscriptReaders.tooLarge(name, declaredLength.getAsLong(), maxBytes);
    }
    Path folder;
    try {
      folder = Files.createTempDirectory("verbatim-upload");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StagedUpload staged = new StagedUpload(folder, folder.resolve(name));
    try {
      long size = copy(body, staged.file, maxBytes);
      if (size > maxBytes) {
        throw TranscriptReaders.tooLarge(name, size, maxBytes);
      }
      return staged;
    } catch (IOException e) {
      staged.close();
      throw new InvalidInputException(name + ": the upload broke off (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      staged.close();
      throw e;
    }
  }

  /** The staged file, named as uploaded. */
  public Path file() {
    return file;
  }

  /** {@code message} with the staging folder left out, so that it names the file as uploaded. */
  public String shown(String message) {
    return message.replace(folder.toString() + folder.getFileSystem().getSeparator(), "");
  }

  /** The name the file is staged under: its last path segment, without control characters. */
  static String safeName(String fileName) {
    String name = fileName.replaceAll("\\p{Cntrl}", "");
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidInputException("the upload needs a file name (the 'name' parameter)");
    }
    if (name.length() > MAX_NAME) {
      throw new InvalidInputException(
          name.substring(0, 40) + "…: the file name is longer than " + MAX_NAME + " characters");
    }
    return name;
  }

  /** Copies at most {@code maxBytes}, then only counts on; returns the bytes seen. */
  private static long copy(InputStream in, Path target, long maxBytes) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (total + n <= maxBytes) {
          out.write(buffer, 0, n);
        }
        total += n;
        if (total > maxBytes * COUNT_ON) {
          break;
        }
      }
    }
    return total;
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary file the system cleans up eventually; nothing of the project is at stake
      folder.toFile().deleteOnExit();
    }
  }
}
