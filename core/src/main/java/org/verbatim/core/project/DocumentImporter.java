package org.verbatim.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;

/**
 * Brings transcript files into a project: one file is read, stored with its original in {@code
 * sources/} and indexed, all or nothing.
 */
public final class DocumentImporter {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentImporter.class);

  private final Project project;
  private final TranscriptImport reader;

  public DocumentImporter(Project project, TranscriptImport reader) {
    this.project = project;
    this.reader = reader;
  }

  /**
   * Imports one transcript in one transaction; a file that fails leaves nothing behind.
   *
   * @throws InvalidInputException naming the file and position when it cannot be read
   * @throws org.verbatim.core.model.ConflictException when the same text was imported before
   */
  public DocumentSummary importFile(Path file, ImportOptions options, String actor) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": no such file");
    }
    DocumentContent content = reader.read(file, options);
    Path pending = copyToPending(file);
    DocumentSummary stored;
    try {
      stored = project.store().documents().add(content, actor);
    } catch (RuntimeException e) {
      deleteQuietly(pending);
      throw e;
    }
    keepSource(pending, stored, file);
    project.indexDocument(stored.id());
    return stored;
  }

  private Path copyToPending(Path file) {
    try {
      Path pending = Files.createTempFile(project.sources(), ".import-", ".pending");
      Files.copy(file, pending, StandardCopyOption.REPLACE_EXISTING);
      return pending;
    } catch (IOException e) {
      throw new InvalidInputException(
          file + ": cannot copy to " + project.sources() + " (" + e.getMessage() + ")", e);
    }
  }

  private static void keepSource(Path pending, DocumentSummary stored, Path original) {
    String fileName =
        Optional.ofNullable(original.getFileName()).map(Path::toString).orElse("source");
    Path target = pending.resolveSibling(stored.id().value() + "-" + fileName);
    try {
      Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("could not keep source file {} as {}", original, target, e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.warn("could not remove {}", p, e);
    }
  }
}
