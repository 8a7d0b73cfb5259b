package org.verbatim.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.FSDirectory;
import org.verbatim.core.search.IndexedDocument;
import org.verbatim.core.search.internal.EntryBuilder;
import org.verbatim.core.search.internal.IndexFields;

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
    int entries = 0;
    try {
      Files.createDirectories(indexDir);
      try (FSDirectory directory = FSDirectory.open(indexDir);
          Analyzer analyzer = IndexFields.indexAnalyzer();
          IndexWriter writer =
              new IndexWriter(directory, IndexFields.writerConfig(analyzer, OpenMode.CREATE))) {
        for (IndexedDocument d : documents) {
          var docEntries = EntryBuilder.entries(d.document(), d.participant());
          writer.addDocuments(docEntries);
          entries += docEntries.size();
        }
        writer.commit();
      }
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
