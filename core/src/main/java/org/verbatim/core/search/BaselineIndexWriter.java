package org.verbatim.core.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.FSDirectory;
import org.verbatim.core.search.internal.EntryBuilder;
import org.verbatim.core.search.internal.IndexFields;

/**
 * Writes documents into a fresh Lucene directory with the index's own analyzers, entries, fields
 * and writer settings, and nothing around them (no store, no checks, one commit): the floor an
 * import is measured against. Not a way to build a project's index; {@link LuceneSearchIndex} is.
 */
public final class BaselineIndexWriter {
  private BaselineIndexWriter() {}

  /**
   * Indexes {@code documents} into {@code indexDir}, replacing any index there, and commits once.
   *
   * @return the number of index entries written (turns, or whole documents without turns)
   */
  public static int write(List<IndexedDocument> documents, Path indexDir) throws IOException {
    int entries = 0;
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
    return entries;
  }
}
