package org.verbatim.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.testing.SharedMaterial;

/**
 * Search over Audrey Tang's CC0 interview transcripts (shared/corpora-real), including one
 * Traditional Chinese interview and its OpenCC Simplified conversion. Skipped when absent.
 */
class RealTranscriptSearchIT {
  private static final String FOLDER = "corpora-real/01_audreyt-transcript_CC0";
  private static final String TRADITIONAL = "2016-06-30-vTaiwan及Join平台之分析訪談-呂家華.md";
  private static final String SIMPLIFIED = "2016-06-30-vTaiwan及Join平台之分析訪談-呂家華.zh-Hans.OpenCC.md";
  private static final String ENGLISH = "2018-12-07-Interview-with-Jeffrey-and-Shaowen-Bardzell.md";
  private static final Pattern HEADING = Pattern.compile("(?m)^### (.+?)[：:]?\\s*$");

  @TempDir static Path dir;
  static LuceneSearchIndex index;
  static final Map<String, Document> documents = new HashMap<>();

  @BeforeAll
  static void indexTheTranscripts() throws IOException {
    Path folder = SharedMaterial.require(FOLDER, RealTranscriptSearchIT.class);
    List<IndexedDocument> indexed = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        Document document = read(file, indexed.size() + 1);
        documents.put(document.name(), document);
        indexed.add(new IndexedDocument(document, Optional.empty()));
      }
    }
    index = LuceneSearchIndex.open(dir.resolve("index"));
    index.rebuild(indexed);
  }

  @AfterAll
  static void close() {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void aTraditionalWordFindsTheSamePassagesInTheTraditionalAndTheSimplifiedInterview() {
    Map<String, List<String>> byDocument = matchesByDocument("審議");
    assertThat(byDocument.get(TRADITIONAL)).isNotEmpty().containsOnly("審議");
    assertThat(byDocument.get(SIMPLIFIED))
        .containsOnly("审议")
        .hasSameSizeAs(byDocument.get(TRADITIONAL));
    assertThat(matchesByDocument("审议")).isEqualTo(byDocument);
  }

  @Test
  void aMixedLatinAndHanPhraseFindsTheVariantSpellingToo() {
    // the interview writes 平臺 in turns (平台 only in its title); both fold to 平台
    Map<String, List<String>> byDocument = matchesByDocument("Join平台");
    assertThat(byDocument.get(TRADITIONAL)).isNotEmpty().containsOnly("Join平臺");
    assertThat(byDocument.get(SIMPLIFIED))
        .containsOnly("Join平台")
        .hasSameSizeAs(byDocument.get(TRADITIONAL));
  }

  @Test
  void englishInterviewIsSearchedWithStemming() {
    List<String> matches = matchesByDocument("democracies").get(ENGLISH);
    assertThat(matches).isNotEmpty().allMatch(m -> m.toLowerCase().startsWith("democrac"));
  }

  @Test
  void everyHitOnRealTextIsTheExactStoredSubstring() {
    int checked = 0;
    for (String query :
        List.of("政府", "平台 AND 公民", "\"open government\"~2", "parti*", "vTaiwan", "討論")) {
      SearchResult result =
          index.search(new SearchQuery(query, Optional.empty(), Optional.empty(), Map.of(), 1000));
      assertThat(result.totalHits()).as(query).isPositive();
      for (SearchHit hit : result.hits()) {
        String text = documents.get(hit.document()).text();
        assertThat(text.substring(hit.start(), hit.end())).as(query).isEqualTo(hit.match());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static Map<String, List<String>> matchesByDocument(String query) {
    SearchResult result =
        index.search(new SearchQuery(query, Optional.empty(), Optional.empty(), Map.of(), 10_000));
    Map<String, List<String>> byDocument = new HashMap<>();
    for (SearchHit hit : result.hits()) {
      byDocument.computeIfAbsent(hit.document(), d -> new ArrayList<>()).add(hit.match());
    }
    return byDocument;
  }

  /** "### Speaker：" headings open turns; a turn's span is its text without trailing blank lines. */
  private static Document read(Path file, long id) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Turn> turns = new ArrayList<>();
    Matcher heading = HEADING.matcher(text);
    List<int[]> headings = new ArrayList<>();
    while (heading.find()) {
      headings.add(new int[] {heading.start(), heading.end(), heading.start(1), heading.end(1)});
    }
    for (int i = 0; i < headings.size(); i++) {
      int start = Math.min(text.length(), headings.get(i)[1] + 1);
      int end = i + 1 < headings.size() ? headings.get(i + 1)[0] : text.length();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      String speaker = text.substring(headings.get(i)[2], headings.get(i)[3]);
      turns.add(Turn.untimed(turns.size(), Optional.of(speaker), new Span(start, end)));
    }
    Language language =
        file.getFileName().toString().contains("Interview") ? Language.ENGLISH : Language.CHINESE;
    return Transcripts.document(id, file.getFileName().toString(), language, text, turns);
  }
}
