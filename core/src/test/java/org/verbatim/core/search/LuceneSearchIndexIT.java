package org.verbatim.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.core.search.Transcripts.indexed;
import static org.verbatim.core.search.Transcripts.participant;
import static org.verbatim.core.search.Transcripts.plain;
import static org.verbatim.core.search.Transcripts.transcript;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;

/** Query behaviour on a small bilingual project indexed once. */
class LuceneSearchIndexIT {
  @TempDir static Path dir;

  static final Document NURSE =
      transcript(
          1,
          "Interview 01",
          Language.ENGLISH,
          "Interviewer",
          "How did peer support shape your recovery?",
          "P01",
          "My recovery took years. The peer workers who support us were recovering too,\n"
              + "and they recovered faster than I did. The stigma was heavy.",
          "Interviewer",
          "And the medication?",
          "P01",
          "Medication helped \uD83D\uDE00\uD83D\uDE00 with recovery. Honestly, the nurses' stigma"
              + " was worse than any support.");
  static final Document SOCIAL_WORKER =
      transcript(
          2,
          "Interview 02",
          Language.ENGLISH,
          "Interviewer",
          "Tell me about support groups.",
          "P02",
          "Support peer groups meet weekly at 10:30. I recover slowly, but recover I do.");
  static final Document TRADITIONAL =
      transcript(
          3,
          "訪談 03",
          Language.CHINESE,
          "訪談者",
          "你覺得同儕支持對復元有幫助嗎？",
          "P03",
          "我們的同儕支持團體很重要。結婚的和尚未結婚的都來參加。個人民宿也是一個例子。");
  static final Document SIMPLIFIED =
      transcript(4, "访谈 04", Language.CHINESE, "访谈者", "同侪支持怎么样？", "P04", "同侪支持团体让我的复元更快。");
  static final Document NOTES =
      plain(
          5,
          "Field notes",
          Language.ENGLISH,
          "Observed a peer support meeting.\nRecovery was the theme.");

  static LuceneSearchIndex index;

  @BeforeAll
  static void indexProject() {
    index = LuceneSearchIndex.open(dir.resolve("index"));
    index.rebuild(
        List.of(
            indexed(NURSE, participant(1, "Nurse K", Map.of("Role", "Nurse", "age", "30-39"))),
            indexed(
                SOCIAL_WORKER, participant(2, "Social Worker I", Map.of("role", "Social Worker"))),
            indexed(TRADITIONAL, participant(3, "Nurse L", Map.of("role", "Nurse"))),
            indexed(SIMPLIFIED, participant(4, "Peer Worker M", Map.of("role", "Peer Worker"))),
            indexed(NOTES)));
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  static SearchResult search(String text) {
    return index.search(SearchQuery.of(text));
  }

  static List<String> matches(String text) {
    return search(text).hits().stream().map(SearchHit::match).toList();
  }

  @Test
  void porterStemmingConflatesRecoveringWithRecoveredButNotWithRecovery() {
    // Porter: recovering, recovered, recover → "recov"; recovery → "recoveri"
    assertThat(matches("recovering"))
        .containsExactly("recovering", "recovered", "recover", "recover");
    assertThat(matches("recovery")).containsOnly("recovery", "Recovery").hasSize(4);
  }

  @Test
  void wildcardSearchesUnstemmedWordsSoAPrefixFindsEveryForm() {
    assertThat(matches("recover*"))
        .contains("recovery", "recovering", "recovered", "recover", "Recovery");
    assertThat(matches("Recov?ry")).containsOnly("recovery", "Recovery").hasSize(4);
    assertThat(matches("*covery")).contains("recovery");
  }

  @Test
  void phraseIsOneHitSpanningThePhraseAndKeepsWordOrder() {
    SearchResult result = search("\"peer support\"");
    assertThat(result.hits()).extracting(SearchHit::match).containsOnly("peer support");
    assertThat(result.hits())
        .extracting(SearchHit::document)
        .containsExactly("Field notes", "Interview 01");
    assertThat(matches("\"support peer\"")).containsExactly("Support peer");
  }

  @Test
  void proximityFindsWordsWithinTheSlopOnly() {
    // "peer workers who support": two words in between need a slop of 2
    assertThat(matches("\"peer support\"~3")).contains("peer workers who support");
    assertThat(matches("\"peer support\"~1")).doesNotContain("peer workers who support");
  }

  @Test
  void wordsAreAndedByDefaultAndOperatorsCombineWithinATurn() {
    assertThat(matches("stigma medication")).containsExactly("Medication", "stigma");
    assertThat(matches("stigma AND medication")).containsExactly("Medication", "stigma");
    assertThat(search("stigma AND groups").totalHits()).isZero(); // never in the same turn
    assertThat(matches("stigma OR medication"))
        .containsExactly("stigma", "medication", "Medication", "stigma");
    assertThat(matches("support NOT peer")).containsExactly("support", "support");
    assertThat(matches("support AND (NOT peer)")).containsExactly("support", "support");
    assertThat(matches("recovery AND stigma"))
        .containsExactly("recovery", "stigma", "recovery", "stigma");
  }

  @Test
  void filtersBySpeakerDocumentAndDocumentSetIgnoringCase() {
    SearchQuery bySpeaker =
        new SearchQuery("support", Optional.of("interviewer"), Optional.empty(), Map.of(), 100);
    assertThat(index.search(bySpeaker).hits())
        .extracting(SearchHit::speaker)
        .containsOnly(Optional.of("Interviewer"))
        .hasSize(2);
    SearchQuery byDocument =
        new SearchQuery("support", Optional.empty(), Optional.of("interview 02"), Map.of(), 100);
    assertThat(index.search(byDocument).hits())
        .extracting(SearchHit::document)
        .containsOnly("Interview 02")
        .hasSize(2);
    // participant-attribute filters are resolved in the store to a document set
    // (ParticipantSearchIT); the index restricts a query to such a set
    SearchQuery any = SearchQuery.of("支持 OR support");
    assertThat(index.search(any, java.util.Set.of(NURSE.id(), TRADITIONAL.id())).hits())
        .extracting(SearchHit::documentId)
        .containsOnly(NURSE.id(), TRADITIONAL.id())
        .contains(NURSE.id(), TRADITIONAL.id());
    assertThat(index.search(any, java.util.Set.of()).hits()).isEmpty();
  }

  @Test
  void keepsNoParticipantDataInTheIndex() {
    assertThat(index.search(SearchQuery.of("support")).hits())
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.participant()).isEmpty());
  }

  @Test
  void chineseWordMatchesInTraditionalAndSimplifiedTextWhicheverScriptTheQueryUses() {
    assertThat(search("同儕").hits())
        .extracting(SearchHit::match)
        .containsExactly("同儕", "同儕", "同侪", "同侪");
    assertThat(matches("复元")).containsExactly("復元", "复元");
    assertThat(matches("同儕支持")).containsExactly("同儕支持", "同儕支持", "同侪支持", "同侪支持");
    assertThat(matches("团体 AND 重要")).containsExactly("團體", "重要");
  }

  @Test
  void chineseWordNeverMatchesAcrossAWordBoundary() {
    // ICU segments 個人|民宿 and 結婚|的|和|尚未: 人民 and 和尚 are words, but not there
    assertThat(search("人民").totalHits()).isZero();
    assertThat(search("和尚").totalHits()).isZero();
    assertThat(matches("民宿")).containsExactly("民宿");
    assertThat(matches("尚未")).containsExactly("尚未");
  }

  @Test
  void everyMatchIsTheStoredTextBetweenItsOffsetsEvenAfterSurrogatePairs() {
    Map<String, Document> byName =
        Map.of(
            NURSE.name(), NURSE,
            SOCIAL_WORKER.name(), SOCIAL_WORKER,
            TRADITIONAL.name(), TRADITIONAL,
            SIMPLIFIED.name(), SIMPLIFIED,
            NOTES.name(), NOTES);
    for (String query :
        List.of("recovery", "support", "\"peer support\"~3", "同儕", "recov*", "stigma")) {
      for (SearchHit hit : search(query).hits()) {
        String text = byName.get(hit.document()).text();
        assertThat(text.substring(hit.start(), hit.end())).as(query).isEqualTo(hit.match());
        assertThat(text.substring(0, hit.start()).replace('\n', ' '))
            .as(query)
            .endsWith(hit.before());
        assertThat(text.substring(hit.end()).replace('\n', ' ')).as(query).startsWith(hit.after());
      }
    }
    SearchHit afterEmoji = search("\"with recovery\"").hits().get(0);
    assertThat(afterEmoji.before()).endsWith("Medication helped \uD83D\uDE00\uD83D\uDE00 ");
    assertThat(NURSE.text().substring(afterEmoji.start(), afterEmoji.end()))
        .isEqualTo("with recovery");
  }

  @Test
  void contextShowsLineBreaksAsSpacesButTheMatchStaysExact() {
    SearchHit hit = search("\"too and they\"").hits().get(0);
    assertThat(hit.match()).isEqualTo("too,\nand they");
    SearchHit next = search("faster").hits().get(0);
    assertThat(next.before()).contains("too, and they recovered").doesNotContain("\n");
  }

  @Test
  void hitsAreInDocumentNameThenOffsetOrderAndTheLimitCutsHitsNotTheCount() {
    SearchResult all = search("support");
    assertThat(all.hits())
        .extracting(SearchHit::document)
        .containsExactly(
            "Field notes",
            "Interview 01",
            "Interview 01",
            "Interview 01",
            "Interview 02",
            "Interview 02");
    List<SearchHit> nurse = all.hits().subList(1, 4);
    assertThat(nurse).extracting(SearchHit::start).isSorted();
    assertThat(nurse).extracting(SearchHit::turn).containsExactly(0, 1, 3);
    SearchResult limited =
        index.search(new SearchQuery("support", Optional.empty(), Optional.empty(), Map.of(), 2));
    assertThat(limited.hits()).containsExactlyElementsOf(all.hits().subList(0, 2));
    assertThat(limited.totalHits()).isEqualTo(6);
  }

  @Test
  void aDocumentWithoutTurnsIsSearchedWholeWithNoTurnOrSpeaker() {
    SearchHit hit = search("theme").hits().get(0);
    assertThat(hit.document()).isEqualTo("Field notes");
    assertThat(hit.turn()).isEqualTo(-1);
    assertThat(hit.speaker()).isEmpty();
    assertThat(hit.participant()).isEmpty();
    assertThat(hit.before()).isEqualTo("Observed a peer support meeting. Recovery was the ");
  }

  @Test
  void explainsAQueryThatDoesNotParse() {
    assertThatThrownBy(() -> search("\"peer support"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("query \"\"peer support\" has a quote '\"' that is never closed");
    assertThatThrownBy(() -> search("recovery AND"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ends too early");
    assertThatThrownBy(() -> search("AND stigma"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'AND' at character 1");
    assertThatThrownBy(() -> search("peer)"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("')' at character 5 that closes nothing");
    assertThatThrownBy(() -> search("his/her)"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("')' at character 8 that closes nothing");
    assertThatThrownBy(() -> search("NOT stigma"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no word to look for");
    assertThatThrownBy(() -> search("  "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void readsSlashesAndColonsAsText() {
    assertThat(search("peer/support").hits()).extracting(SearchHit::match).contains("peer support");
    assertThat(matches("10:30")).containsExactly("10:30"); // not a field named "10"
  }
}
