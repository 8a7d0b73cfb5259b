package org.verbatim.core.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.verbatim.core.search.IndexCheck;
import org.verbatim.core.search.IndexCheck.Status;

/**
 * Decides whether an index directory can be trusted: it must open, every segment must pass its
 * checksums (so a flipped byte or truncated file is caught now, not mid-search), and the last
 * commit must carry the current schema version and the mark of a finished build.
 */
public final class IndexHealth {
  private IndexHealth() {}

  /** Inspects {@code indexDir} without changing it. */
  public static IndexCheck check(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      return new IndexCheck(Status.MISSING, "no index directory at " + indexDir);
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      return check(dir, indexDir);
    } catch (IOException | RuntimeException e) {
      return damaged(indexDir, e);
    }
  }

  private static IndexCheck check(Directory dir, Path indexDir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      boolean empty = isEmptyApartFromLock(dir);
      return empty
          ? new IndexCheck(Status.MISSING, "no index in " + indexDir)
          : new IndexCheck(Status.DAMAGED, "files in " + indexDir + " but no index commit");
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
      Map<String, String> data = reader.getIndexCommit().getUserData();
      String schema = data.get(IndexFields.SCHEMA_KEY);
      if (!IndexFields.SCHEMA_VERSION.equals(schema)) {
        return new IndexCheck(
            Status.STALE,
            "index in "
                + indexDir
                + " has schema "
                + (schema == null ? "(none)" : schema)
                + ", current is "
                + IndexFields.SCHEMA_VERSION);
      }
      if (!"true".equals(data.get(IndexFields.COMPLETE_KEY))) {
        return new IndexCheck(Status.STALE, "index in " + indexDir + " was never fully built");
      }
      return new IndexCheck(Status.READY, "index in " + indexDir + " is complete");
    }
  }

  /**
   * Deletes the files directly in {@code indexDir} except the write lock, which the caller holds.
   * Folders are left alone: Lucene never makes any, so they are not ours to delete.
   */
  public static void wipe(Path indexDir) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(indexDir)) {
      files = listing.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      if (!file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static boolean isEmptyApartFromLock(Directory dir) throws IOException {
    for (String file : dir.listAll()) {
      if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
        return false;
      }
    }
    return true;
  }

  private static IndexCheck damaged(Path indexDir, Exception e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new IndexCheck(Status.DAMAGED, "index in " + indexDir + " is damaged: " + reason);
  }
}
