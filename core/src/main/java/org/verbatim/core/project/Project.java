package org.verbatim.core.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.search.IndexedDocument;
import org.verbatim.core.search.LuceneSearchIndex;
import org.verbatim.core.search.SearchIndex;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.sqlite.SqliteProjectStore;

/**
 * An open project folder: {@code project.sqlite} (the source of truth), {@code index/} (derived,
 * rebuilt when missing or damaged) and {@code sources/} (original files, kept unchanged).
 */
public final class Project implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Project.class);
  public static final String DATABASE = "project.sqlite";
  public static final String INDEX = "index";
  public static final String SOURCES = "sources";

  /** Written when an index update failed after a committed write; the next open rebuilds. */
  static final String STALE_MARKER = "index.stale";

  private final Path folder;
  private final ProjectStore store;
  private static final int CATCH_UP_BATCH = 64;

  private SearchIndex index;
  private boolean shared;
  private volatile ProjectServices services;
  private int indexedOnOpen;

  private Project(Path folder, ProjectStore store) {
    this.folder = folder;
    this.store = store;
  }

  /**
   * Creates a new, empty project in {@code folder} (created if absent).
   *
   * @throws InvalidInputException if the folder already holds a project or is a file
   */
  public static Project create(Path folder) {
    if (Files.exists(folder.resolve(DATABASE))) {
      throw new InvalidInputException(folder + ": already a Verbatim project");
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new InvalidInputException(folder + ": is a file, not a folder");
    }
    try {
      Files.createDirectories(folder.resolve(SOURCES));
      Files.createDirectories(folder.resolve(INDEX));
    } catch (IOException e) {
      throw new InvalidInputException(
          folder + ": cannot create project folder (" + e.getMessage() + ")", e);
    }
    return load(folder);
  }

  /**
   * Opens an existing project; a missing, damaged or stale index is rebuilt from the store, stored
   * documents the index missed (an import killed between its two commits) are indexed, and source
   * files an interrupted import left behind are kept for their document or removed.
   *
   * @throws InvalidInputException if {@code folder} is not a Verbatim project
   */
  public static Project open(Path folder) {
    requireProject(folder);
    return load(folder);
  }

  /**
   * Opens an existing project for work that changes neither documents nor participants (searching,
   * listing, agreement, accounts), even while another process (a running server) has it open. When
   * no other process holds the search index this is {@link #open}; otherwise the store is shared as
   * SQLite allows and the index is opened for reading only, seeing the other process's changes as
   * they are committed, and an index update is refused with a ConflictException.
   *
   * @throws InvalidInputException if {@code folder} is not a Verbatim project
   */
  public static Project openSharing(Path folder) {
    requireProject(folder);
    try {
      return load(folder);
    } catch (ConflictException heldElsewhere) {
      LOG.debug("{} is open in another process; reading its search index alongside", folder);
      return openShared(folder);
    }
  }

  static Project openShared(Path folder) {
    Project project = new Project(folder, SqliteProjectStore.open(folder.resolve(DATABASE)));
    try {
      project.index = LuceneSearchIndex.openShared(folder.resolve(INDEX));
      project.shared = true;
    } catch (RuntimeException e) {
      project.close();
      throw e;
    }
    return project;
  }

  private static void requireProject(Path folder) {
    if (!Files.isRegularFile(folder.resolve(DATABASE))) {
      throw new InvalidInputException(
          folder
              + ": not a Verbatim project (no "
              + DATABASE
              + "; create one with 'verbatim init "
              + folder
              + "')");
    }
  }

  private static Project load(Path folder) {
    Project project = new Project(folder, SqliteProjectStore.open(folder.resolve(DATABASE)));
    try {
      Files.createDirectories(folder.resolve(SOURCES));
      project.openIndex();
    } catch (IOException e) {
      project.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      project.close();
      throw e;
    }
    return project;
  }

  private void openIndex() {
    LuceneSearchIndex lucene = LuceneSearchIndex.open(folder.resolve(INDEX));
    index = lucene;
    if (lucene.needsRebuild() || Files.exists(folder.resolve(STALE_MARKER))) {
      LOG.info("rebuilding search index of {} ({})", folder, lucene.openedAs().detail());
      reindex();
    }
    catchUpIndex();
    new SourceFolder(sources(), store.documents()).tidy();
  }

  /**
   * Indexes the stored documents the index is not known to hold: those an import stored but did not
   * live to index (the process was killed between the two commits).
   */
  private void catchUpIndex() {
    List<DocumentId> missing = store.documents().notIndexed();
    if (missing.isEmpty()) {
      return;
    }
    // info, not warn: the command line and the server print one line of their own about it
    LOG.info(
        "{}: {} stored documents were missing from the search index; indexing them now",
        folder,
        missing.size());
    for (int from = 0; from < missing.size(); from += CATCH_UP_BATCH) {
      List<IndexedDocument> batch = new ArrayList<>();
      for (DocumentId id : missing.subList(from, Math.min(missing.size(), from + CATCH_UP_BATCH))) {
        store
            .documents()
            .get(id)
            .ifPresent(d -> batch.add(new IndexedDocument(d, d.summary().participant())));
      }
      index.indexAll(batch);
      store.documents().markIndexed(batch.stream().map(d -> d.document().summary().id()).toList());
    }
    indexedOnOpen = missing.size();
  }

  /**
   * How many stored documents opening this project found missing from the search index and indexed
   * (0 when the index was up to date); a caller tells the user when it is not 0.
   */
  public int indexedOnOpen() {
    return indexedOnOpen;
  }

  /** Rebuilds the search index from the store; returns the number of documents indexed. */
  public int reindex() {
    return reindex(d -> {});
  }

  /**
   * Rebuilds the search index from the store, reading one document at a time (memory stays flat
   * whatever the project's size); {@code progress} hears each document as it is indexed.
   */
  public int reindex(Consumer<DocumentSummary> progress) {
    List<DocumentSummary> summaries = store.documents().list();
    Iterable<IndexedDocument> documents =
        () ->
            summaries.stream()
                .map(
                    s -> {
                      progress.accept(s);
                      return new IndexedDocument(
                          store.documents().get(s.id()).orElseThrow(), s.participant());
                    })
                .iterator();
    index.rebuild(documents);
    store.documents().markIndexed(summaries.stream().map(DocumentSummary::id).toList());
    try {
      Files.deleteIfExists(folder.resolve(STALE_MARKER));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return summaries.size();
  }

  /**
   * Brings one stored document's index entries up to date. The store has committed already, so a
   * failure here only marks the index stale for a rebuild at the next open.
   */
  public void indexDocument(DocumentId id) {
    Document doc = store.documents().get(id).orElseThrow();
    indexDocuments(List.of(new IndexedDocument(doc, doc.summary().participant())));
  }

  /** {@link #indexDocument} for several stored documents, with one index commit. */
  public void indexDocuments(List<IndexedDocument> documents) {
    if (documents.isEmpty()) {
      return;
    }
    if (shared) {
      // marking the index stale here would leave the other process's index silently behind
      throw new ConflictException(
          folder + ": opened alongside another process, so its search index cannot be updated");
    }
    try {
      index.indexAll(documents);
      // after the index commit, so the store never claims more than the index holds
      store
          .documents()
          .markIndexed(documents.stream().map(d -> d.document().summary().id()).toList());
    } catch (RuntimeException e) {
      LOG.warn(
          "indexing {} documents failed; the index will be rebuilt on next open",
          documents.size(),
          e);
      markIndexStale();
    }
  }

  /** Records that the index missed a committed change, so that the next open rebuilds it. */
  private void markIndexStale() {
    try {
      Files.writeString(folder.resolve(STALE_MARKER), "rebuild the index from the store\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path folder() {
    return folder;
  }

  public ProjectStore store() {
    return store;
  }

  /** The project's services, built on first use and shared by everyone in this process. */
  public ProjectServices services() {
    ProjectServices s = services;
    if (s == null) {
      synchronized (this) {
        s = services;
        if (s == null) {
          s = new ProjectServices(this);
          services = s;
        }
      }
    }
    return s;
  }

  /**
   * The project's search: the index for text, the store for participant filters and labels (see
   * {@link ParticipantSearch}).
   */
  public SearchIndex index() {
    return new ParticipantSearch(index, store);
  }

  public Path sources() {
    return folder.resolve(SOURCES);
  }

  @Override
  public void close() {
    try {
      if (index != null) {
        index.close();
      }
    } finally {
      store.close();
    }
  }
}
