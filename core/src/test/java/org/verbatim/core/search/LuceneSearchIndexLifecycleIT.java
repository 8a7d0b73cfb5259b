package org.verbatim.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.core.search.Transcripts.indexed;
import static org.verbatim.core.search.Transcripts.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.search.IndexCheck.Status;

/** Opening, reopening, damage detection, rebuilding and failure rollback of the index. */
class LuceneSearchIndexLifecycleIT {
  @TempDir Path project;

  static final Document FIRST =
      transcript(1, "first", Language.ENGLISH, "P01", "Peer support helped my recovery.");
  static final Document SECOND =
      transcript(2, "second", Language.ENGLISH, "P02", "Stigma kept me away from services.");

  Path indexDir() {
    return project.resolve("index");
  }

  static int count(LuceneSearchIndex index, String query) {
    return index.search(SearchQuery.of(query)).totalHits();
  }

  @Test
  void countsExactlyUpToTheLimitThenReportsALowerBoundWhileStillShowingTheFirstHits() {
    // 60 turns of 200 "hope"s: 12,000 matches, past the exact-count limit of 10,000
    String[] turns = new String[120];
    for (int t = 0; t < 60; t++) {
      turns[2 * t] = "P" + t;
      turns[2 * t + 1] = "hope ".repeat(200).strip();
    }
    Document many = transcript(3, "many", Language.ENGLISH, turns);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      index.rebuild(List.of(Transcripts.indexed(FIRST), Transcripts.indexed(many)));
      SearchResult hopes = index.search(SearchQuery.of("hope"));
      assertThat(hopes.totalExact()).isFalse();
      assertThat(hopes.totalHits())
          .isGreaterThan(SearchResult.EXACT_COUNT_LIMIT)
          .isLessThan(12_000);
      assertThat(hopes.hits()).hasSize(100);
      assertThat(hopes.hits().get(0).start()).isEqualTo(many.turns().get(0).span().start());
      assertThat(hopes.hits()).allSatisfy(h -> assertThat(h.match()).isEqualTo("hope"));
      SearchResult peer = index.search(SearchQuery.of("peer"));
      assertThat(peer.totalExact()).isTrue();
      assertThat(peer.totalHits()).isEqualTo(1);
    }
  }

  @Test
  void aMissingIndexStartsEmptyAndNeedsRebuildUntilOneCompletes() {
    assertThat(LuceneSearchIndex.check(indexDir()).status()).isEqualTo(Status.MISSING);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      assertThat(index.openedAs().status()).isEqualTo(Status.MISSING);
      assertThat(index.needsRebuild()).isTrue();
      assertThat(count(index, "support")).isZero();
      // a crash now must not leave an index that looks trustworthy
      assertThat(LuceneSearchIndex.check(indexDir()).status()).isEqualTo(Status.STALE);
      index.index(FIRST, Optional.empty());
      assertThat(index.needsRebuild()).isTrue();
      index.rebuild(List.of(indexed(FIRST)));
      assertThat(index.needsRebuild()).isFalse();
    }
    assertThat(LuceneSearchIndex.check(indexDir()).status()).isEqualTo(Status.READY);
  }

  @Test
  void reopeningAfterCloseKeepsTheData() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      index.rebuild(List.of(indexed(FIRST)));
      index.index(SECOND, Optional.empty());
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      assertThat(index.openedAs().usable()).isTrue();
      assertThat(index.needsRebuild()).isFalse();
      assertThat(count(index, "support")).isEqualTo(1);
      assertThat(count(index, "stigma")).isEqualTo(1);
    }
  }

  @Test
  void indexingADocumentAgainReplacesItAndRemoveDeletesIt() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      index.rebuild(List.of(indexed(FIRST), indexed(SECOND)));
      index.index(FIRST, Optional.empty());
      assertThat(count(index, "support")).isEqualTo(1);
      index.remove(new DocumentId(1));
      assertThat(count(index, "support")).isZero();
      assertThat(count(index, "stigma")).isEqualTo(1);
    }
  }

  @Test
  void rebuildReplacesEverything() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      index.rebuild(List.of(indexed(FIRST)));
      index.rebuild(List.of(indexed(SECOND)));
      assertThat(count(index, "support")).isZero();
      assertThat(count(index, "stigma")).isEqualTo(1);
    }
  }

  @Test
  void aRebuildThatFailsHalfwayLeavesTheLastCommitInPlace() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      index.rebuild(List.of(indexed(FIRST)));
      Iterable<IndexedDocument> failing =
          () ->
              new Iterator<>() {
                int served;

                @Override
                public boolean hasNext() {
                  return true;
                }

                @Override
                public IndexedDocument next() {
                  if (served++ == 1) {
                    throw new IllegalStateException("store went away");
                  }
                  return indexed(SECOND);
                }
              };
      assertThatThrownBy(() -> index.rebuild(failing)).hasMessage("store went away");
      assertThat(index.needsRebuild()).isFalse();
      assertThat(count(index, "support")).isEqualTo(1);
      assertThat(count(index, "stigma")).isZero();
      index.index(SECOND, Optional.empty()); // still writable after the rollback
      assertThat(count(index, "stigma")).isEqualTo(1);
    }
  }

  @Test
  void garbageInTheDirectoryIsDetectedAndReplacedByAFreshIndex() throws IOException {
    Files.createDirectories(indexDir());
    Files.writeString(indexDir().resolve("segments_9"), "not an index");
    Files.writeString(indexDir().resolve("_zz.cfs"), "nor this");
    assertThat(LuceneSearchIndex.check(indexDir()).status()).isEqualTo(Status.DAMAGED);
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      assertThat(index.openedAs().status()).isEqualTo(Status.DAMAGED);
      assertThat(index.needsRebuild()).isTrue();
      index.rebuild(List.of(indexed(FIRST)));
      assertThat(count(index, "support")).isEqualTo(1);
    }
    assertThat(indexDir().resolve("_zz.cfs")).doesNotExist();
    assertThat(LuceneSearchIndex.check(indexDir()).usable()).isTrue();
  }

  @Test
  void aFlippedByteInsideASegmentFailsTheChecksum() throws IOException {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      index.rebuild(List.of(indexed(FIRST), indexed(SECOND)));
    }
    Path largest = largestFile(indexDir());
    byte[] bytes = Files.readAllBytes(largest);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(largest, bytes);
    IndexCheck check = LuceneSearchIndex.check(indexDir());
    assertThat(check.status()).isEqualTo(Status.DAMAGED);
    assertThat(check.detail()).contains(indexDir().toString());
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      assertThat(index.needsRebuild()).isTrue();
      assertThat(count(index, "support")).isZero();
    }
  }

  @Test
  void anIndexOfAnotherSchemaIsStale() throws IOException {
    Files.createDirectories(indexDir());
    try (FSDirectory dir = FSDirectory.open(indexDir());
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.setLiveCommitData(
          Map.of("verbatim.schema", "0", "verbatim.complete", "true").entrySet());
      writer.commit();
    }
    IndexCheck check = LuceneSearchIndex.check(indexDir());
    assertThat(check.status()).isEqualTo(Status.STALE);
    assertThat(check.detail()).contains("schema 0");
  }

  @Test
  void aSecondOpenOfTheSameIndexIsAConflict() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      index.rebuild(List.of());
      assertThatThrownBy(() -> LuceneSearchIndex.open(indexDir()))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("open in another process");
    }
  }

  @Test
  void aClosedIndexRefusesWork() {
    LuceneSearchIndex index = LuceneSearchIndex.open(indexDir());
    index.close();
    index.close(); // idempotent
    assertThatThrownBy(() -> count(index, "support")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aWildcardThatMatchesTooManyWordsIsRefusedWithAReason() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 1_100; i++) {
      words.append("x").append(i).append(' ');
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      index.rebuild(
          List.of(indexed(Transcripts.plain(3, "words", Language.ENGLISH, words.toString()))));
      assertThat(count(index, "x10*")).isEqualTo(111); // x10, x100..x109, x1000..x1099
      assertThatThrownBy(() -> count(index, "x*"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("matches more than 1024 different words");
    }
  }

  @Test
  void searchesRunWhileDocumentsAreIndexed() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir())) {
      index.rebuild(List.of(indexed(FIRST)));
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Integer>> searches = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          searches.add(
              pool.submit(
                  () -> {
                    int seen = 0;
                    for (int i = 0; i < 100; i++) {
                      seen = Math.max(seen, count(index, "support"));
                    }
                    return seen;
                  }));
        }
        for (long id = 10; id < 20; id++) {
          index.index(
              transcript(id, "doc " + id, Language.ENGLISH, "P", "More peer support."),
              Optional.empty());
        }
        for (Future<Integer> search : searches) {
          assertThat(search.get()).isBetween(1, 11);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(count(index, "support")).isEqualTo(11);
    }
  }

  private static Path largestFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.max(Comparator.comparingLong(LuceneSearchIndexLifecycleIT::size)).orElseThrow();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
