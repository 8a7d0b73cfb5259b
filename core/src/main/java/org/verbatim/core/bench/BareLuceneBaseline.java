package org.verbatim.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.verbatim.core.search.BaselineIndexWriter;
import org.verbatim.core.search.IndexedDocument;

/**
 * The floor for import timing: reads a generated corpus and indexes it with plain Lucene — same
 * analyzers, same entries and fields as the product's index — into a fresh directory, with one
 * commit. No store, no sentence splitting, no checks: an import that takes k times this long has an
 * overhead factor of k.
 */
public final class BareLuceneBaseline {
  /**
   * One baseline run.
   *
   * @param entries index entries written (turns, or whole documents without turns)
   * @param characters UTF-16 length of all texts
   * @param total reading, parsing, indexing and committing
   * @param indexing indexing and committing only
   */
  public record BaselineResult(
      int documents, int entries, long characters, Duration total, Duration indexing) {}

  private BareLuceneBaseline() {}

  /**
   * Indexes the corpus in {@code corpusFolder} into {@code indexDir}, replacing any index there.
   *
   * @throws UncheckedIOException naming the folder that failed
   */
  public static BaselineResult run(Path corpusFolder, Path indexDir) {
    long begin = System.nanoTime();
    List<IndexedDocument> documents = CorpusReader.read(corpusFolder);
    long characters = documents.stream().mapToLong(d -> d.document().text().length()).sum();
    long indexingBegin = System.nanoTime();
    int entries;
    try {
      entries = BaselineIndexWriter.write(documents, indexDir);
    } catch (IOException e) {
      throw new UncheckedIOException("baseline indexing into " + indexDir + " failed", e);
    }
    long end = System.nanoTime();
    return new BaselineResult(
        documents.size(),
        entries,
        characters,
        Duration.ofNanos(end - begin),
        Duration.ofNanos(end - indexingBegin));
  }
}
