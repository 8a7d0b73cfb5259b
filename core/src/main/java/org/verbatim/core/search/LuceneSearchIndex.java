package org.verbatim.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.search.IndexCheck.Status;
import org.verbatim.core.search.internal.EntryBuilder;
import org.verbatim.core.search.internal.FilterCheck;
import org.verbatim.core.search.internal.HitFinder;
import org.verbatim.core.search.internal.IndexFields;
import org.verbatim.core.search.internal.IndexHealth;
import org.verbatim.core.search.internal.QueryCompiler;
import org.verbatim.core.search.internal.TranscriptAnalyzer;

/**
 * The project's search index in a directory of its own (FSDirectory): one entry per speaker turn,
 * or one for a whole document that has no turns (its hits have turn -1 and no speaker).
 *
 * <p>Search semantics: words are ANDed unless OR/NOT say otherwise and must occur in the same
 * entry; English words match by Porter stem, wildcards ({@code recover*}, {@code *ness}, {@code
 * colo?r}) by written form; Chinese matches by ICU word, Traditional and Simplified alike; "a
 * phrase" is one hit spanning it; {@code "a b"~3} allows three moves. The speaker and document
 * filters compare the whole name, ignoring case; {@code where} compares attribute names and values
 * ignoring case and refuses a name no participant has. Hits come in document-name, then offset
 * order; overlapping matches merge into one hit.
 *
 * <p>An index that is missing, damaged or of another schema is never trusted: {@link #open} wipes
 * it, starts an empty one and reports {@link #needsRebuild()} until {@link #rebuild} completes.
 * Every write commits; a write that fails is rolled back to the last commit and rethrown (I/O
 * failures as UncheckedIOException naming the directory). Searches run concurrently with writes and
 * see each write once it has committed.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private final Path indexDir;
  private final IndexCheck openedAs;
  private final FSDirectory directory;
  private final Analyzer indexAnalyzer = IndexFields.indexAnalyzer();
  private final Analyzer queryAnalyzer = TranscriptAnalyzer.forQueries();
  private final Object writeLock = new Object();
  // searches hold the read side; replacing the writer after a failed write takes the write side
  private final ReentrantReadWriteLock swapLock = new ReentrantReadWriteLock();
  private @Nullable IndexWriter writer; // null when opened shared: reading only
  private @Nullable SearcherManager searchers; // null when shared and the index is unusable
  private volatile boolean complete;
  private boolean closed;

  /** Opens for writing (taking the write lock) or, when {@code shared}, for reading only. */
  private LuceneSearchIndex(
      Path indexDir, IndexCheck openedAs, FSDirectory directory, boolean shared)
      throws IOException {
    this.indexDir = indexDir;
    this.openedAs = openedAs;
    this.directory = directory;
    this.complete = openedAs.usable();
    if (shared) {
      this.writer = null;
      this.searchers = complete ? new SearcherManager(directory, null) : null;
      return;
    }
    this.writer = newWriter(openedAs.usable() ? OpenMode.APPEND : OpenMode.CREATE);
    try {
      this.searchers = new SearcherManager(writer, null);
      if (!complete) {
        commit(); // leaves a valid, empty index marked unfinished: a crash now still rebuilds
      }
    } catch (IOException | RuntimeException e) {
      closeQuietly(writer); // releases the write lock, so open() can wipe and retry
      throw e;
    }
  }

  /** Inspects {@code indexDir} without changing it; see {@link IndexCheck.Status}. */
  public static IndexCheck check(Path indexDir) {
    return IndexHealth.check(indexDir);
  }

  /**
   * Opens the index in {@code indexDir} for searching only, without taking the write lock, so that
   * it can be read while another process (a running server) holds it open for writing. Searches see
   * that process's commits as they land; every write is refused with a ConflictException. An index
   * that is not {@link IndexCheck#usable()} is left alone, and searching it says why.
   *
   * @throws UncheckedIOException when the directory cannot be opened
   */
  public static LuceneSearchIndex openShared(Path indexDir) {
    IndexCheck found = check(indexDir);
    FSDirectory directory = null;
    try {
      directory = FSDirectory.open(indexDir);
      try {
        return new LuceneSearchIndex(indexDir, found, directory, true);
      } catch (CorruptIndexException e) {
        IndexCheck damaged =
            new IndexCheck(Status.DAMAGED, "index in " + indexDir + ": " + e.getMessage());
        return new LuceneSearchIndex(indexDir, damaged, directory, true);
      }
    } catch (IOException e) {
      closeQuietly(directory);
      throw new UncheckedIOException(
          "cannot open search index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the index in {@code indexDir}, creating the directory if needed. When {@link
   * #check(Path)} does not find a usable index, the files in the directory are deleted and an empty
   * index is started; {@link #needsRebuild()} then says so. The directory must belong to the index.
   *
   * @throws ConflictException when another process holds the index open for writing
   * @throws UncheckedIOException when the directory cannot be created or written
   */
  public static LuceneSearchIndex open(Path indexDir) {
    refuseWhileWrittenElsewhere(indexDir);
    IndexCheck found = check(indexDir);
    FSDirectory directory = null;
    try {
      Files.createDirectories(indexDir);
      directory = FSDirectory.open(indexDir);
      if (found.usable()) {
        try {
          return new LuceneSearchIndex(indexDir, found, directory, false);
        } catch (CorruptIndexException e) {
          // damage the check could not see (it raced with a writer, say): start over
          found = new IndexCheck(Status.DAMAGED, "index in " + indexDir + ": " + e.getMessage());
        }
      }
      try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        IndexHealth.wipe(indexDir);
      }
      return new LuceneSearchIndex(indexDir, found, directory, false);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw openElsewhere(indexDir, e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new UncheckedIOException(
          "cannot open search index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fails fast when another process holds the write lock, before {@link #check} reads the whole
   * index; taking the lock for good happens later, so a race still ends in the same conflict.
   */
  private static void refuseWhileWrittenElsewhere(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      return;
    }
    try (FSDirectory probe = FSDirectory.open(indexDir);
        Lock lock = probe.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      // free: released at once
    } catch (LockObtainFailedException e) {
      throw openElsewhere(indexDir, e);
    } catch (IOException e) {
      // the open proper reports I/O trouble with its own context
    }
  }

  private static ConflictException openElsewhere(Path indexDir, LockObtainFailedException e) {
    return new ConflictException(
        "search index "
            + indexDir
            + " is open in another process (is the project being served? stop the server first)",
        e);
  }

  /** What {@link #open} found before it started (READY when it reused the index as it was). */
  public IndexCheck openedAs() {
    return openedAs;
  }

  /** True until the index holds a completed {@link #rebuild}: the caller must rebuild. */
  public boolean needsRebuild() {
    return !complete;
  }

  @Override
  public void index(Document document, Optional<Participant> participant) {
    indexAll(List.of(new IndexedDocument(document, participant)));
  }

  @Override
  public void indexAll(Iterable<IndexedDocument> documents) {
    write(
        "index",
        () -> {
          for (IndexedDocument d : documents) {
            writer.updateDocuments(
                EntryBuilder.documentTerm(d.document().id()),
                EntryBuilder.entries(d.document(), d.participant()));
          }
        });
  }

  @Override
  public void remove(DocumentId document) {
    write(
        "remove document " + document,
        () -> writer.deleteDocuments(EntryBuilder.documentTerm(document)));
  }

  @Override
  public void rebuild(Iterable<IndexedDocument> documents) {
    write(
        "rebuild",
        () -> {
          writer.deleteAll();
          for (IndexedDocument d : documents) {
            writer.addDocuments(EntryBuilder.entries(d.document(), d.participant()));
          }
          complete = true;
        });
  }

  @Override
  public SearchResult search(SearchQuery query) {
    return search(query, Optional.empty());
  }

  @Override
  public SearchResult search(SearchQuery query, Set<DocumentId> within) {
    return search(query, Optional.of(within));
  }

  private SearchResult search(SearchQuery query, Optional<Set<DocumentId>> within) {
    swapLock.readLock().lock();
    try {
      ensureOpen();
      SearcherManager manager = searchers;
      if (manager == null) {
        throw new ConflictException(
            "search index "
                + indexDir
                + " cannot be searched ("
                + openedAs.detail()
                + "); it is rebuilt when the project is next opened for writing (by 'verbatim"
                + " reindex' or the server)");
      }
      if (writer == null) {
        manager.maybeRefresh(); // another process writes: pick up its latest commit
      }
      IndexSearcher searcher = manager.acquire();
      try {
        FilterCheck.requireKnown(searcher.getIndexReader(), query);
        QueryCompiler.CompiledQuery compiled =
            QueryCompiler.compile(
                query,
                IndexFields.attributeFields(searcher.getIndexReader()),
                queryAnalyzer,
                within);
        return new HitFinder(searcher).find(compiled, query.limit());
      } finally {
        manager.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidInputException(
          "query \""
              + query.text()
              + "\" has a wildcard that matches more than "
              + IndexSearcher.getMaxClauseCount()
              + " different words; add letters to narrow it",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "search in " + indexDir + " failed: " + e.getMessage() + "; reindex the project", e);
    } finally {
      swapLock.readLock().unlock();
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      swapLock.writeLock().lock();
      try {
        if (closed) {
          return;
        }
        closed = true;
        closeQuietly(searchers);
        if (writer != null) {
          writer.close();
        }
        directory.close();
        indexAnalyzer.close();
        queryAnalyzer.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close search index " + indexDir, e);
      } finally {
        swapLock.writeLock().unlock();
      }
    }
  }

  private interface IndexAction {
    void run() throws IOException;
  }

  /** Runs one change and commits it; on any failure rolls back to the last commit. */
  private void write(String what, IndexAction action) {
    synchronized (writeLock) {
      ensureOpen();
      if (writer == null) {
        throw new ConflictException(
            "search index "
                + indexDir
                + " was opened for reading only (another process, such as the server, may be"
                + " writing it); cannot "
                + what);
      }
      boolean completeBefore = complete;
      try {
        action.run();
        commit();
      } catch (IOException | RuntimeException e) {
        complete = completeBefore;
        recover(e);
        if (e instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new UncheckedIOException(
            "search index " + indexDir + ": " + what + " failed: " + e.getMessage(),
            (IOException) e);
      }
    }
  }

  private void commit() throws IOException {
    writer.setLiveCommitData(
        Map.of(
                IndexFields.SCHEMA_KEY,
                IndexFields.SCHEMA_VERSION,
                IndexFields.COMPLETE_KEY,
                Boolean.toString(complete))
            .entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  private void recover(Exception failure) {
    swapLock.writeLock().lock();
    try {
      closeQuietly(searchers);
      writer.rollback(); // also closes the writer
      writer = newWriter(OpenMode.APPEND);
      searchers = new SearcherManager(writer, null);
    } catch (IOException | RuntimeException e) {
      closed = true; // unusable now; reopening the project rebuilds it
      failure.addSuppressed(e);
    } finally {
      swapLock.writeLock().unlock();
    }
  }

  private IndexWriter newWriter(OpenMode mode) throws IOException {
    return new IndexWriter(directory, IndexFields.writerConfig(indexAnalyzer, mode));
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("search index " + indexDir + " is closed");
    }
  }

  private static void closeQuietly(@Nullable AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception ignored) {
      // already failing; the first error is the one to report
    }
  }
}
