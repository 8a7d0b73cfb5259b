package org.verbatim.core.project;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.store.DocumentStore;

/**
 * The {@code sources/} folder's copies in flight. An import copies the original file to a pending
 * name carrying the SHA-256 of its text, stores the document, then renames the copy after the
 * document. A process killed in between leaves the pending copy: {@link #tidy} keeps it for its
 * document when the store committed, and removes it when it did not.
 */
final class SourceFolder {
  private static final Logger LOG = LoggerFactory.getLogger(SourceFolder.class);
  private static final String PREFIX = ".import-";
  private static final String SUFFIX = ".pending";

  private final Path folder;
  private final DocumentStore documents;

  SourceFolder(Path folder, DocumentStore documents) {
    this.folder = folder;
    this.documents = documents;
  }

  /** The prefix of a pending copy of the file that {@code content} was read from. */
  static String pendingPrefix(DocumentContent content) {
    return PREFIX + content.sha256() + "-";
  }

  /** Keeps or removes every pending copy; call only while no import runs (the index is held). */
  void tidy() {
    for (Path pending : pendingCopies()) {
      Optional<DocumentSummary> owner = shaOf(pending).flatMap(documents::bySha256);
      try {
        if (owner.isPresent() && !hasSource(owner.get())) {
          Path target =
              folder.resolve(
                  owner.get().id().value()
                      + "-"
                      + owner.get().name()
                      + "."
                      + owner.get().format().extension());
          Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
          LOG.info("kept {} as the source of document '{}'", pending, owner.get().name());
        } else {
          Files.deleteIfExists(pending);
          LOG.info("removed {}, left by an import that did not complete", pending);
        }
      } catch (IOException e) {
        LOG.warn("could not tidy {}", pending, e);
      }
    }
  }

  private List<Path> pendingCopies() {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
      files.forEach(out::add);
    } catch (IOException e) {
      LOG.warn("could not list {}", folder, e);
    }
    return out;
  }

  private static Optional<String> shaOf(Path pending) {
    String name = String.valueOf(pending.getFileName());
    int end = name.indexOf('-', PREFIX.length());
    return end - PREFIX.length() == 64
        ? Optional.of(name.substring(PREFIX.length(), end))
        : Optional.empty();
  }

  private boolean hasSource(DocumentSummary document) throws IOException {
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(folder, document.id().value() + "-*")) {
      return files.iterator().hasNext();
    }
  }
}
