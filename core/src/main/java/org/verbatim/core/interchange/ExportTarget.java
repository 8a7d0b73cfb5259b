package org.verbatim.core.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import org.verbatim.core.model.InvalidInputException;

/** Checks an export's target before any work: no silent overwrite, a folder to write into. */
final class ExportTarget {
  private ExportTarget() {}

  static void check(Path out, ExportOptions options) {
    if (Files.isDirectory(out)) {
      throw new InvalidInputException(out + ": is a folder, not a file");
    }
    if (Files.exists(out) && !options.overwrite()) {
      throw new InvalidInputException(out + ": exists already; it is replaced only when asked to");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InvalidInputException(out + ": its folder does not exist");
    }
  }
}
