package org.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.ParticipantImporter;
import org.verbatim.core.project.Project;
import org.verbatim.core.words.WordScope;
import org.verbatim.server.ServerLauncher;

/**
 * The word routes on a real server over a hand-counted two-transcript project: frequencies match
 * the hand counts, a code's distinctive words rank the planted word first, keyword-in-context lines
 * point into the transcript, owners alone edit stop words, and bad parameters are 400 or 404 naming
 * the parameter.
 */
class WordsApiIT {
  static final String PASSWORD = "words-test-password";
  // ward, busy, nurse, speak (spoke), clinic: five counted words; the, was, and, about are stop
  // words
  static final String COMMON = "The ward was busy and the nurse spoke about the clinic. ";
  static final String PLANTED = "A kaleidoscope, the kaleidoscope of days, a kaleidoscope. ";

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;
  static long code;
  static long theme;

  @BeforeAll
  static void start() throws IOException {
    project = Project.create(dir.resolve("project"));
    DocumentImporter importer =
        new DocumentImporter(project, TranscriptImport.withStandardSplitter());
    Path one =
        Files.writeString(
            dir.resolve("P01.txt"),
            "Interviewer: " + COMMON + "\n\nNurse K: " + COMMON + PLANTED + "\n");
    Path two =
        Files.writeString(
            dir.resolve("P02.txt"), "Interviewer: " + COMMON + "\n\nNurse L: " + COMMON + "\n");
    DocumentSummary p01 = importer.importFile(one, ImportOptions.defaults(), "test");
    importer.importFile(two, ImportOptions.defaults(), "test");
    Path csv =
        Files.writeString(
            dir.resolve("participants.csv"),
            "document,label,discipline\nP01,Nurse K,Nurse\nP02,Nurse L,Social work\n");
    new ParticipantImporter(project).attach(csv, "test");
    String text = project.store().documents().get(p01.id()).orElseThrow().text();
    int start = text.indexOf("Nurse K: ") + "Nurse K: ".length();
    var metaphors =
        project
            .store()
            .codes()
            .create(new NewCode(Optional.empty(), "Metaphors", "", "#336699"), "t");
    var mei = project.store().coders().ensure("mei", "t");
    project
        .store()
        .codings()
        .addAll(
            List.of(
                new NewCoding(
                    p01.id(),
                    metaphors.id(),
                    mei.id(),
                    new Span(start, text.indexOf(PLANTED) + PLANTED.length()),
                    "")),
            "t");
    code = metaphors.id().value();
    theme =
        project
            .services()
            .themes()
            .create(
                new Actor("test", Role.OWNER, Optional.empty()),
                Optional.empty(),
                "Ways of seeing",
                "",
                List.of(metaphors.id()))
            .id()
            .value();
    Accounts accounts = ServerLauncher.accounts(project);
    accounts.create("olivia", Role.OWNER, Optional.of(PASSWORD), "test");
    accounts.create("vic", Role.VIEWER, Optional.of(PASSWORD), "test");
    // CoreNLP loads and annotates here, once, so requests read cached annotations
    project.services().words().frequencies(WordScope.project(), 1);
    server = ServerLauncher.start(project, "127.0.0.1", 0, ServerConfig.defaults());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (project != null) {
      project.close();
    }
  }

  static ApiClient as(String user) {
    ApiClient c = new ApiClient(server.port());
    assertThat(c.login(user, PASSWORD).status()).isEqualTo(200);
    return c;
  }

  @Test
  void frequenciesMatchTheHandCountsAndStateTheirScope() {
    ApiClient vic = as("vic");
    ApiClient.Response all = vic.get("/api/words?limit=100");
    assertThat(all.status()).as(all.text()).isEqualTo(200);
    JsonNode body = all.json();
    // four turns say COMMON once each; P01's nurse adds three kaleidoscopes and one day
    assertThat(count(body, "ward")).isEqualTo(4);
    assertThat(count(body, "speak")).isEqualTo(4);
    assertThat(count(body, "kaleidoscope")).isEqualTo(3);
    assertThat(count(body, "day")).isEqualTo(1);
    assertThat(count(body, "interviewer")).isZero();
    assertThat(count(body, "the")).isZero();
    assertThat(body.get("tokens").asLong()).isEqualTo(24);
    assertThat(body.get("types").asInt()).isEqualTo(7);
    assertThat(body.get("documents").asInt()).isEqualTo(2);
    assertThat(body.get("words").get(0).fieldNames()).toIterable().containsExactly("word", "count");
    assertThat(body.get("scope").get("layer").isNull()).isTrue();
    assertThat(body.get("scope").get("code").isNull()).isTrue();

    JsonNode p02 = vic.get("/api/words?document=P02").json();
    assertThat(count(p02, "ward")).isEqualTo(2);
    assertThat(count(p02, "kaleidoscope")).isZero();
    assertThat(p02.get("scope").get("document").asText()).isEqualTo("P02");

    JsonNode nurses = vic.get("/api/words?where.discipline=Nurse").json();
    assertThat(count(nurses, "kaleidoscope")).isEqualTo(3);
    assertThat(count(nurses, "ward")).isEqualTo(2);
    assertThat(nurses.get("documents").asInt()).isEqualTo(1);
    assertThat(nurses.get("scope").get("where").get("discipline").asText()).isEqualTo("Nurse");

    JsonNode two = vic.get("/api/words?limit=2").json();
    assertThat(two.get("words")).hasSize(2);
  }

  @Test
  void distinctiveWordsOfACodeOrThemeRankThePlantedWordFirst() {
    ApiClient vic = as("vic");
    ApiClient.Response r = vic.get("/api/words?code=" + code + "&distinctive=true");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    JsonNode body = r.json();
    JsonNode first = body.get("words").get(0);
    assertThat(first.get("word").asText()).isEqualTo("kaleidoscope");
    assertThat(first.get("count").asInt()).isEqualTo(3);
    assertThat(first.get("reference").asInt()).isZero();
    assertThat(first.get("keyness").asDouble()).isPositive();
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly("word", "count", "keyness", "reference");
    assertThat(body.get("scope").get("code").get("name").asText()).isEqualTo("Metaphors");
    assertThat(body.get("scope").get("layer").asText()).contains("mei");
    // the passage holds COMMON once and PLANTED: 5 + 4 words; the rest of the corpus 15
    assertThat(body.get("tokens").asLong()).isEqualTo(9);
    assertThat(body.get("referenceTokens").asLong()).isEqualTo(15);

    JsonNode byTheme = vic.get("/api/words?theme=" + theme + "&distinctive=true&layer=mei").json();
    assertThat(byTheme.get("words").get(0).get("word").asText()).isEqualTo("kaleidoscope");
    assertThat(byTheme.get("scope").get("theme").get("name").asText()).isEqualTo("Ways of seeing");
    assertThat(byTheme.get("scope").get("layer").asText()).isEqualTo("mei");

    JsonNode counts = vic.get("/api/words?code=" + code).json();
    assertThat(count(counts, "kaleidoscope")).isEqualTo(3);
    assertThat(count(counts, "ward")).isEqualTo(1);
  }

  @Test
  void keywordInContextGivesEachLineWithOffsetsIntoItsDocument() {
    ApiClient vic = as("vic");
    ApiClient.Response r = vic.get("/api/words/kwic?word=Kaleidoscope");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    JsonNode hits = r.json().get("hits");
    assertThat(hits).hasSize(3);
    assertThat(r.json().get("word").asText()).isEqualTo("kaleidoscope");
    JsonNode doc = vic.get("/api/documents/" + hits.get(0).get("document").asLong()).json();
    String text = doc.get("text").asText();
    for (JsonNode h : hits) {
      assertThat(h.get("documentName").asText()).isEqualTo("P01");
      assertThat(h.get("speaker").asText()).isEqualTo("Nurse K");
      assertThat(h.get("match").asText()).isEqualTo("kaleidoscope");
      assertThat(text.substring(h.get("start").asInt(), h.get("end").asInt()))
          .isEqualTo("kaleidoscope");
    }
    assertThat(hits.get(1).get("before").asText()).endsWith("A kaleidoscope, the ");

    // "spoke" is counted as its lemma "speak"; P02's two turns say it once each
    JsonNode speak = vic.get("/api/words/kwic?word=speak&document=P02").json().get("hits");
    assertThat(speak).hasSize(2);
    assertThat(speak.get(0).get("match").asText()).isEqualTo("spoke");
    assertThat(vic.get("/api/words/kwic?word=ward&code=" + code).json().get("hits")).hasSize(1);
    assertThat(vic.get("/api/words/kwic?word=ward&limit=1").json().get("hits")).hasSize(1);
  }

  @Test
  void aScopesWordsDownloadAsAFileInTheFormatAsked() {
    ApiClient vic = as("vic");
    ApiClient.Response csv = vic.get("/api/words/export?format=csv&code=" + code);
    assertThat(csv.status()).as(csv.text()).isEqualTo(200);
    assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
        .contains("words.csv");
    assertThat(csv.text().lines().skip(1).findFirst().orElse("")).startsWith("1,kaleidoscope,3,");

    ApiClient.Response md =
        vic.get("/api/words/export?format=md&distinctive=true&layer=mei&code=" + code);
    assertThat(md.status()).as(md.text()).isEqualTo(200);
    assertThat(md.raw().headers().firstValue("Content-Disposition").orElse(""))
        .contains("distinctive-words.md");
    assertThat(md.text())
        .contains("Scope: passages of code Metaphors", "Layer: mei", "kaleidoscope");

    assertRefused(vic.get("/api/words/export?format=txt"), 400, "'format'", "csv");
    assertRefused(vic.get("/api/words/export"), 400, "'format'");
    assertRefused(vic.get("/api/words/export?format=csv&distinctive=true"), 400, "'code'");
  }

  @Test
  void everyWordRouteNeedsASession() {
    ApiClient nobody = new ApiClient(server.port());
    assertThat(nobody.get("/api/words").status()).isEqualTo(401);
    assertThat(nobody.get("/api/words/kwic?word=ward").status()).isEqualTo(401);
    assertThat(nobody.get("/api/words/export?format=csv").status()).isEqualTo(401);
    assertThat(nobody.get("/api/words/stopwords?language=en").status()).isEqualTo(401);
    assertThat(nobody.put("/api/words/stopwords", Map.of("language", "en")).status())
        .isEqualTo(401);
  }

  @Test
  void badParametersAreRefusedWithAMessageNamingThem() {
    ApiClient vic = as("vic");
    assertRefused(vic.get("/api/words?limit=0"), 400, "'limit'");
    assertRefused(vic.get("/api/words?limit=many"), 400, "'limit'");
    assertRefused(vic.get("/api/words?code=" + code + "&theme=" + theme), 400, "'code'", "'theme'");
    assertRefused(vic.get("/api/words?code=999"), 404, "'code'", "999");
    assertRefused(vic.get("/api/words?theme=999"), 404, "'theme'", "999");
    assertRefused(vic.get("/api/words?code=-3"), 400, "'code'");
    assertRefused(vic.get("/api/words?where.colour=red"), 400, "'colour'", "discipline");
    assertRefused(vic.get("/api/words?document=P99"), 404, "'P99'");
    assertRefused(vic.get("/api/words?distinctive=yes"), 400, "'distinctive'");
    assertRefused(vic.get("/api/words?distinctive=true"), 400, "'code'");
    assertRefused(vic.get("/api/words/kwic"), 400, "'word'");
    assertRefused(vic.get("/api/words/kwic?word=ward&limit=0"), 400, "'limit'");
    assertRefused(vic.get("/api/words/stopwords"), 400, "'language'");
    assertRefused(vic.get("/api/words/stopwords?language=xx"), 400, "'xx'");
  }

  @Test
  void onlyAnOwnerEditsTheStopWordsAndTheCountsFollowTheList() {
    ApiClient vic = as("vic");
    JsonNode en = vic.get("/api/words/stopwords?language=en").json();
    assertThat(en.get("edited").asBoolean()).isFalse();
    assertThat(texts(en.get("words"))).contains("the", "and").doesNotContain("ward");
    assertThat(vic.put("/api/words/stopwords", Map.of("language", "en", "add", List.of("ward"))))
        .extracting(ApiClient.Response::status)
        .isEqualTo(403);

    ApiClient olivia = as("olivia");
    assertRefused(
        olivia.put("/api/words/stopwords", Map.of("language", "en", "add", List.of("two words"))),
        400,
        "two words");
    assertRefused(olivia.put("/api/words/stopwords", Map.of("language", "en")), 400, "'add'");
    assertRefused(
        olivia.put("/api/words/stopwords", Map.of("add", List.of("x"))), 400, "'language'");
    ApiClient.Response added =
        olivia.put("/api/words/stopwords", Map.of("language", "en", "add", List.of("Ward")));
    assertThat(added.status()).as(added.text()).isEqualTo(200);
    assertThat(added.json().get("edited").asBoolean()).isTrue();
    assertThat(texts(added.json().get("words"))).contains("ward", "the");
    assertThat(count(vic.get("/api/words?limit=100").json(), "ward")).isZero();

    ApiClient.Response reset =
        olivia.put("/api/words/stopwords", Map.of("language", "en", "reset", true));
    assertThat(reset.status()).as(reset.text()).isEqualTo(200);
    assertThat(texts(reset.json().get("words"))).doesNotContain("ward");
    assertThat(count(vic.get("/api/words?limit=100").json(), "ward")).isEqualTo(4);
  }

  private static void assertRefused(ApiClient.Response r, int status, String... inMessage) {
    assertThat(r.status()).as(r.text()).isEqualTo(status);
    assertThat(r.json().get("message").asText()).contains(inMessage);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static int count(JsonNode body, String word) {
    for (JsonNode w : body.get("words")) {
      if (w.get("word").asText().equals(word)) {
        return w.get("count").asInt();
      }
    }
    return 0;
  }
}
