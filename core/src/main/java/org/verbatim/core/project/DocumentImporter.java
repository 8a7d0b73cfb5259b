package org.verbatim.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.SpeakerCounts;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.search.IndexedDocument;

/**
 * Brings transcript files into a project: one file is read, stored with its original in {@code
 * sources/} and indexed, all or nothing. What is indexed is what was just stored, never read back.
 */
public final class DocumentImporter {
  private static final int INDEX_BATCH = 64;
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
    DocumentContent content = read(file, options);
    DocumentSummary stored = store(file, content, actor);
    project.indexDocuments(List.of(indexed(stored, content)));
    return stored;
  }

  /**
   * Stores and indexes text that was never a file (generated benchmarks, tests); there is no source
   * to keep.
   *
   * @throws org.verbatim.core.model.ConflictException when the name is taken or the same text was
   *     imported before
   */
  public DocumentSummary importContent(DocumentContent content, String actor) {
    DocumentSummary stored = project.store().documents().add(content, actor);
    project.indexDocuments(List.of(indexed(stored, content)));
    return stored;
  }

  /**
   * Imports many files, each in its own transaction: files are read and split into sentences on
   * {@code threads} threads, stored in the given order, and indexed in batches (one index commit
   * per batch, not per file). A refused file is reported in its outcome and leaves nothing behind.
   *
   * @param listener hears each outcome as soon as the file is stored or refused
   */
  public List<ImportOutcome> importFiles(
      List<Path> files,
      ImportOptions options,
      String actor,
      int threads,
      Consumer<ImportOutcome> listener) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    // Indexing a batch overlaps with reading and storing the next one.
    ExecutorService indexer = Executors.newSingleThreadExecutor();
    List<Future<?>> indexing = new ArrayList<>();
    List<ImportOutcome> outcomes = new ArrayList<>();
    List<IndexedDocument> toIndex = new ArrayList<>();
    try {
      // Reading runs at most a few files ahead of storing, so memory stays bounded.
      Deque<Future<DocumentContent>> ahead = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < files.size(); i++) {
        while (next < files.size() && ahead.size() < 2 * Math.max(1, threads)) {
          Path f = files.get(next++);
          ahead.add(pool.submit(() -> read(f, options)));
        }
        Path file = files.get(i);
        ImportOutcome outcome;
        try {
          DocumentContent content = await(ahead.removeFirst());
          DocumentSummary stored = store(file, content, actor);
          toIndex.add(indexed(stored, content));
          outcome = ImportOutcome.imported(file, stored, SpeakerCounts.of(content.turns()));
        } catch (InvalidInputException | ConflictException e) {
          outcome =
              ImportOutcome.refused(
                  file,
                  e instanceof ConflictException ? file + ": " + e.getMessage() : e.getMessage());
        }
        outcomes.add(outcome);
        listener.accept(outcome);
        if (toIndex.size() >= INDEX_BATCH) {
          List<IndexedDocument> batch = List.copyOf(toIndex);
          indexing.add(indexer.submit(() -> project.indexDocuments(batch)));
          toIndex.clear();
        }
      }
      List<IndexedDocument> last = List.copyOf(toIndex);
      indexing.add(indexer.submit(() -> project.indexDocuments(last)));
      for (Future<?> f : indexing) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
      indexer.shutdown();
    }
    return outcomes;
  }

  /** The stored document as the index needs it, from what was stored (the text never changes). */
  private static IndexedDocument indexed(DocumentSummary stored, DocumentContent content) {
    return new IndexedDocument(
        new Document(stored, content.text(), content.turns(), content.sentences()),
        stored.participant());
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
  }

  private DocumentContent read(Path file, ImportOptions options) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": no such file");
    }
    return reader.read(file, options);
  }

  private DocumentSummary store(Path file, DocumentContent content, String actor) {
    Path pending = copyToPending(file, content);
    DocumentSummary stored;
    try {
      stored = project.store().documents().add(content, actor);
    } catch (RuntimeException e) {
      deleteQuietly(pending);
      throw e;
    }
    keepSource(pending, stored, file);
    return stored;
  }

  private Path copyToPending(Path file, DocumentContent content) {
    try {
      // named after the text's hash, so that a copy a crash left behind finds its document
      Path pending =
          Files.createTempFile(project.sources(), SourceFolder.pendingPrefix(content), ".pending");
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
