package org.verbatim.core.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.bench.CorpusGenerator;
import org.verbatim.core.bench.CorpusReader;
import org.verbatim.core.bench.QueryMix;
import org.verbatim.core.model.Span;
import org.verbatim.core.search.IndexedDocument;
import org.verbatim.core.search.SearchQuery;

/**
 * The span finder must locate exactly what Lucene's Matches API locates (then merged): checked
 * document by document over a generated bilingual corpus, for the benchmark's query mix and for
 * shapes chosen to be awkward (repeated words, nested NOT, sloppy phrases, fuzzy terms).
 */
class SpanFinderIT {
  @TempDir static Path dir;
  static FSDirectory directory;
  static DirectoryReader reader;
  static Analyzer queryAnalyzer;

  static final List<String> AWKWARD =
      List.of(
          "\"support support\"",
          "\"peer peer\"~3",
          "stigma OR (recovery AND hope)",
          "(trust AND NOT family) OR medication",
          "+peer -\"peer support\"",
          "\"family support\"~10 AND NOT \"peer support\"",
          "stigmaa~",
          "recovery~1",
          "recov* OR recovery",
          "同儕 OR 同侪 OR 復元",
          "\"同儕 支持\"~2",
          "我們 AND NOT 壓力",
          "I",
          "\"I think\"",
          "we*");

  static final String AWKWARD_TEXT =
      "Interviewer: Say it again.\n\nP0099 (Nurse): Support support support, and peer peer peer"
          + " support \uD83D\uDE00 recovery. I think I think so. 同儕同儕支持，我們的壓力。\n";

  @BeforeAll
  static void indexACorpus() throws IOException {
    var corpus =
        new CorpusGenerator(new CorpusGenerator.Settings(12, 2_000, 3, 11))
            .generate(dir.resolve("corpus"));
    directory = FSDirectory.open(dir.resolve("index"));
    try (Analyzer analyzer = IndexFields.indexAnalyzer();
        IndexWriter writer =
            new IndexWriter(directory, IndexFields.writerConfig(analyzer, OpenMode.CREATE))) {
      // small flushes: several segments, so per-segment state is exercised too
      writer.getConfig().setMaxBufferedDocs(200);
      List<IndexedDocument> documents = new ArrayList<>(CorpusReader.read(corpus.folder()));
      documents.add(
          new IndexedDocument(
              CorpusReader.document(99, "awkward.txt", AWKWARD_TEXT), Optional.empty()));
      for (IndexedDocument d : documents) {
        writer.addDocuments(EntryBuilder.entries(d.document(), d.participant()));
      }
      writer.commit();
    }
    reader = DirectoryReader.open(directory);
    queryAnalyzer = TranscriptAnalyzer.forQueries();
  }

  @AfterAll
  static void close() throws IOException {
    queryAnalyzer.close();
    reader.close();
    directory.close();
  }

  @Test
  void locatesWhatTheMatchesApiLocatesForTheBenchmarkMix() throws IOException {
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
    List<String> texts =
        QueryMix.generate(5, QueryMix.DEFAULT_SIZE, List.of()).stream()
            .map(q -> q.query().text())
            .distinct()
            .toList();
    int spans = 0;
    for (String text : texts) {
      spans += compare(text);
    }
    assertThat(spans).isGreaterThan(10_000);
  }

  @Test
  void locatesWhatTheMatchesApiLocatesForAwkwardQueries() throws IOException {
    for (String text : AWKWARD) {
      assertThat(compare(text)).as(text).isPositive();
    }
  }

  /** Compares both ways of locating on every matching entry; returns the spans compared. */
  private static int compare(String text) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query parsed = QueryCompiler.compile(SearchQuery.of(text), Set.of(), queryAnalyzer).text();
    Query rewritten = searcher.rewrite(parsed);
    Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
    int compared = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SpanFinder finder = SpanFinder.forLeaf(rewritten, searcher, leaf);
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        List<Span> expected = SpanFinder.merge(fromMatches(weight.matches(leaf, doc)));
        assertThat(finder.spans(doc)).as(text + " in doc " + doc).isEqualTo(expected);
        compared += expected.size();
      }
    }
    return compared;
  }

  private static List<Span> fromMatches(Matches matches) throws IOException {
    List<Span> spans = new ArrayList<>();
    if (matches == null) {
      return spans;
    }
    for (String field : matches) {
      MatchesIterator it = matches.getMatches(field);
      while (it != null && it.next()) {
        spans.add(new Span(it.startOffset(), it.endOffset()));
      }
    }
    return spans;
  }
}
