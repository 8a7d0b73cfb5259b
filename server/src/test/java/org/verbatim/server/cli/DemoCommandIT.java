package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.project.Project;

/**
 * The demo study builds through the real command line and answers the searches the README shows.
 */
class DemoCommandIT {
  @TempDir static Path tmp;
  static Path demo;

  @BeforeAll
  static void buildDemo() {
    demo = tmp.resolve("verbatim-demo");
    CliRun run = CliRun.of("demo", demo.toString(), "--no-serve");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("built demo project").contains("3 themes, 9 subthemes");
  }

  @Test
  void buildsTwelveInterviewsInThreeFormatsAndTwoLanguages() {
    try (Project p = Project.open(demo)) {
      List<DocumentSummary> docs = p.store().documents().list();
      assertThat(docs).hasSizeGreaterThanOrEqualTo(12);
      assertThat(docs)
          .extracting(DocumentSummary::format)
          .contains(SourceFormat.TXT, SourceFormat.DOCX, SourceFormat.VTT);
      assertThat(docs.stream().filter(d -> d.language() == Language.CHINESE).count())
          .isGreaterThanOrEqualTo(3);
      assertThat(docs).allSatisfy(d -> assertThat(d.participant()).as(d.name()).isPresent());
      assertThat(p.store().codes().list()).hasSizeGreaterThanOrEqualTo(25);
      assertThat(p.store().themes().list().stream().filter(t -> t.parent().isEmpty()).count())
          .isEqualTo(3);
      List<Coder> coders = p.store().coders().list();
      assertThat(coders).hasSize(2);
      for (Coder c : coders) {
        assertThat(p.store().codings().all(Optional.of(c.id())))
            .as(c.name())
            .hasSizeGreaterThanOrEqualTo(300);
      }
    }
  }

  @Test
  void everyInterviewAlternatesBetweenInterviewerAndParticipant() {
    try (Project p = Project.open(demo)) {
      for (DocumentSummary s : p.store().documents().list()) {
        Document d = p.store().documents().get(s.id()).orElseThrow();
        assertThat(d.turns()).as(s.name()).hasSizeGreaterThan(15);
        assertThat(d.turns().stream().filter(t -> t.speaker().isPresent()).count())
            .as(s.name() + " turns with a speaker")
            .isGreaterThanOrEqualTo(d.turns().size() - 2);
        assertThat(d.turns().stream().map(t -> t.speaker().orElse("")).distinct().count())
            .as(s.name())
            .isGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void aPhraseSearchReturnsHitsWhoseOffsetsMatchTheStoredText() throws Exception {
    List<JsonNode> hits = searchJson("\"peer support\"");
    assertThat(hits).hasSizeGreaterThan(5);
    assertOffsetsMatch(hits);
    assertThat(hits)
        .allSatisfy(h -> assertThat(h.get("match").asText()).matches("(?i)peer\\s+support"));
  }

  @Test
  void aChineseQueryFindsTheChineseTranscripts() throws Exception {
    List<JsonNode> hits = searchJson("同儕");
    assertOffsetsMatch(hits);
    try (Project p = Project.open(demo)) {
      long chineseDocsHit =
          hits.stream()
              .map(h -> h.get("document").asText())
              .distinct()
              .filter(
                  n -> p.store().documents().byName(n).orElseThrow().language() == Language.CHINESE)
              .count();
      assertThat(chineseDocsHit).isGreaterThanOrEqualTo(3);
    }
    assertThat(hits).allSatisfy(h -> assertThat(h.get("match").asText()).isEqualTo("同儕"));
  }

  @Test
  void reindexRebuildsTheIndexWithTheSameHits() throws Exception {
    List<JsonNode> before = searchJson("stigma");
    CliRun run = CliRun.of("reindex", demo.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("reindexed 12 documents");
    assertThat(searchJson("stigma")).isEqualTo(before).isNotEmpty();
  }

  @Test
  void runningDemoAgainReusesTheProject() {
    CliRun again = CliRun.of("demo", demo.toString(), "--no-serve");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("exists");
  }

  private static List<JsonNode> searchJson(String query) throws Exception {
    CliRun run = CliRun.of("search", demo.toString(), query, "--json", "--limit", "500");
    assertThat(run.exitCode()).as(run.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> hits = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        hits.add(json.readTree(line));
      }
    }
    return hits;
  }

  private static void assertOffsetsMatch(List<JsonNode> hits) {
    try (Project p = Project.open(demo)) {
      for (JsonNode h : hits) {
        Document d = p.store().documents().byName(h.get("document").asText()).orElseThrow();
        assertThat(d.text().substring(h.get("start").asInt(), h.get("end").asInt()))
            .isEqualTo(h.get("match").asText());
        for (String key :
            List.of(
                "document", "participant", "speaker", "start", "end", "match", "before", "after")) {
          assertThat(h.has(key)).as(key).isTrue();
        }
      }
    }
  }
}
