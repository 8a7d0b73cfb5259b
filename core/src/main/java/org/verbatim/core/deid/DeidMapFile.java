package org.verbatim.core.deid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.verbatim.core.export.AtomicFile;
import org.verbatim.core.model.InvalidInputException;

/**
 * The key file {@code deid-map.json}: the de-identification map in a file of its own beside the
 * project's data, not in {@code project.sqlite}, so that it can be kept apart from the data (moved
 * to safer storage, left out when the project folder or a REFI-QDA export is shared) and brought
 * back to export again. Written atomically; a missing file is an empty map.
 */
public final class DeidMapFile {
  /** The key file's name in a project folder. */
  public static final String NAME = "deid-map.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  public DeidMapFile(Path file) {
    this.file = file;
  }

  /** The key file of the project in {@code folder}. */
  public static DeidMapFile in(Path folder) {
    return new DeidMapFile(folder.resolve(NAME));
  }

  public Path path() {
    return file;
  }

  /**
   * The map as saved, or an empty one when there is no key file.
   *
   * @throws InvalidInputException naming the file when it is not a map
   */
  public DeidMap read() {
    if (!Files.isRegularFile(file)) {
      return DeidMap.empty();
    }
    try {
      DeidMap map = JSON.readValue(file.toFile(), DeidMap.class);
      return map == null ? DeidMap.empty() : map;
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException(
          file + ": not a de-identification map (" + e.getMessage() + ")", e);
    }
  }

  /** Saves {@code map}, replacing the file completely or not at all. */
  public void write(DeidMap map) {
    AtomicFile.write(file, out -> JSON.writeValue(new NonClosing(out), map));
  }

  /** Jackson closes what it writes to; {@link AtomicFile} closes the file itself. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
