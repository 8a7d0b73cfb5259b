package org.verbatim.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.project.Folders;
import picocli.CommandLine.Option;

/** The {@code --work} option of the bench commands: a study folder kept, or a temporary one. */
final class BenchWorkFolder {
  @Option(
      names = "--work",
      description =
          "Study folder, kept afterwards: a study of the same size stored there by an earlier run"
              + " is reused (default: a temporary folder, deleted afterwards).")
  @Nullable Path work;

  /** The folder, made now; closing it deletes it when it is a temporary one. */
  Folder open(String prefix) throws IOException {
    return work == null
        ? new Folder(Files.createTempDirectory(prefix), true)
        : new Folder(Files.createDirectories(work), false);
  }

  /** A bench command's study folder. */
  record Folder(Path path, boolean temporary) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (temporary) {
        Folders.deleteRecursively(path);
      }
    }
  }
}
