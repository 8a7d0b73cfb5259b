package org.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;

/** Reconciliation routes on a real server on 127.0.0.1: one document per test. */
class ReconcileApiIT {
  static final String PASSWORD = "a-long-test-password";

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;
  static ApiClient olivia;
  static ApiClient ann;
  static ApiClient ben;
  static ApiClient vic;
  static long annId;
  static long benId;
  static long trust;
  static long hope;

  @BeforeAll
  static void start() {
    project = Project.create(dir.resolve("project"));
    Accounts accounts = ServerLauncher.accounts(project);
    accounts.create("olivia", Role.OWNER, Optional.of(PASSWORD), "test");
    accounts.create("ann", Role.CODER, Optional.of(PASSWORD), "test");
    accounts.create("ben", Role.CODER, Optional.of(PASSWORD), "test");
    accounts.create("vic", Role.VIEWER, Optional.of(PASSWORD), "test");
    server = ServerLauncher.start(project, "127.0.0.1", 0, ServerConfig.defaults());
    olivia = login("olivia");
    ann = login("ann");
    ben = login("ben");
    vic = login("vic");
    annId = ann.get("/api/session").json().at("/user/coderId").asLong();
    benId = ben.get("/api/session").json().at("/user/coderId").asLong();
    trust = ann.post("/api/codes", Map.of("name", "Trust")).json().get("id").asLong();
    hope = ann.post("/api/codes", Map.of("name", "Hope")).json().get("id").asLong();
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

  static ApiClient login(String user) {
    ApiClient c = new ApiClient(server.port());
    assertThat(c.login(user, PASSWORD).status()).isEqualTo(200);
    return c;
  }

  /** A document of sentences separated by ". ", each its own sentence unit. */
  static long document(String name, String text) {
    return documentIn(project, name, text);
  }

  /** The same, added to {@code into}, for other route tests. */
  static long documentIn(Project into, String name, String text) {
    List<Sentence> sentences = new ArrayList<>();
    int s = 0;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', s)) {
      sentences.add(new Sentence(sentences.size(), new Span(s, dot + 1)));
      s = dot + 2;
    }
    return into.store()
        .documents()
        .add(
            new DocumentContent(
                name, Language.ENGLISH, SourceFormat.TXT, text, List.of(), sentences),
            "test")
        .id()
        .value();
  }

  static long codeAs(ApiClient who, long doc, long code, int start, int end) {
    return code(who, doc, code, start, end);
  }

  static long code(ApiClient who, long doc, long code, int start, int end) {
    ApiClient.Response r =
        who.post("/api/codings", Map.of("document", doc, "code", code, "start", start, "end", end));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  static JsonNode ok(ApiClient.Response r) {
    assertThat(r.status()).as(r.text()).isBetween(200, 201);
    return r.json();
  }

  static String pair() {
    return "?coders=" + annId + "," + benId;
  }

  @Test
  void listsADisagreementSideBySideSettlesItIntoTheConsensusLayerAndRevisitsIt() {
    String text = "Peer support kept me going. My manager never listened.";
    long doc = document("R01", text);
    long a = code(ann, doc, trust, 0, 17);
    long b = code(ben, doc, trust, 5, 26);

    JsonNode review = ok(vic.get("/api/documents/" + doc + "/disagreements" + pair()));
    assertThat(review.get("coders").findValuesAsText("name")).containsExactly("ann", "ben");
    JsonNode d = review.get("disagreements").get(0);
    assertThat(d.get("kind").asText()).isEqualTo("different_boundaries");
    assertThat(d.get("text").asText()).isEqualTo("Peer support kept me going");
    assertThat(d.at("/sides/0/coder").asLong()).isEqualTo(annId);
    assertThat(d.at("/sides/0/passages/0/text").asText()).isEqualTo("Peer support kept");
    assertThat(d.at("/sides/1/passages/0/text").asText()).isEqualTo("support kept me going");
    assertThat(d.get("decision").isNull()).isTrue();
    String key = d.get("key").asText();

    JsonNode decided =
        ok(
            ann.post(
                "/api/documents/" + doc + "/decisions",
                Map.of(
                    "key",
                    key,
                    "outcome",
                    "accept",
                    "coder",
                    annId,
                    "reason",
                    "the clause ends at 'kept'",
                    "coders",
                    List.of(annId, benId))));
    assertThat(decided.at("/decision/outcome/type").asText()).isEqualTo("accept");
    assertThat(decided.at("/decision/actor").asText()).isEqualTo("ann");
    long consensusCoding = decided.at("/created/0/id").asLong();
    long consensusLayer = decided.at("/created/0/coder").asLong();
    assertThat(ok(olivia.get("/api/coders")).findValuesAsText("name")).contains("consensus");

    JsonNode consensus = ok(olivia.get("/api/documents/" + doc + "/consensus"));
    assertThat(consensus).hasSize(1);
    assertThat(consensus.at("/0/coding/id").asLong()).isEqualTo(consensusCoding);
    assertThat(consensus.at("/0/sources/0").asLong()).isEqualTo(a);
    assertThat(
            ok(olivia.get("/api/documents/" + doc + "/codings?coders=" + consensusLayer))
                .findValues("id"))
        .extracting(JsonNode::asLong)
        .containsExactly(consensusCoding);
    assertThat(
            ok(vic.get("/api/documents/" + doc + "/disagreements" + pair()))
                .at("/disagreements/0/decision/reason")
                .asText())
        .isEqualTo("the clause ends at 'kept'");

    JsonNode merged =
        ok(
            ben.post(
                "/api/documents/" + doc + "/decisions",
                Map.of(
                    "key",
                    key,
                    "outcome",
                    "merge",
                    "code",
                    hope,
                    "coders",
                    List.of(annId, benId))));
    assertThat(merged.get("removed").get(0).asLong()).isEqualTo(consensusCoding);
    assertThat(merged.at("/created/0/start").asInt()).isEqualTo(0);
    assertThat(merged.at("/created/0/end").asInt()).isEqualTo(26);
    assertThat(merged.at("/decision/consensus/0/sources").toString())
        .isEqualTo("[" + a + "," + b + "]");

    JsonNode history = ok(vic.get("/api/documents/" + doc + "/decisions"));
    assertThat(history).hasSize(2);
    assertThat(history.at("/0/current").asBoolean()).isFalse();
    assertThat(history.at("/0/supersededBy").asLong()).isEqualTo(history.at("/1/id").asLong());
    assertThat(history.at("/1/outcome/code").asLong()).isEqualTo(hope);
  }

  @Test
  void acceptsAllAgreementsAndRecomputesAgreementBeforeAndAfter() {
    String text = "We trusted the team. Then it changed. Nobody called.";
    long doc = document("R02", text);
    code(ann, doc, trust, 0, 20);
    code(ben, doc, trust, 0, 20);
    code(ann, doc, hope, 21, 37);

    JsonNode before = ok(vic.get("/api/documents/" + doc + "/agreement" + pair()));
    assertThat(before.get("units").asInt()).isEqualTo(3);
    assertThat(percent(before, "Hope")).isEqualTo(2.0 / 3);

    ApiClient.Response empty =
        ann.raw("POST", "/api/documents/" + doc + "/decisions/accept-agreements", "", "", ann.csrf);
    JsonNode accepted = ok(empty);
    assertThat(accepted.get("accepted").asInt()).isEqualTo(1);
    assertThat(
            ok(ann.post("/api/documents/" + doc + "/decisions/accept-agreements", Map.of()))
                .get("accepted")
                .asInt())
        .isZero();

    String key =
        ok(vic.get("/api/documents/" + doc + "/disagreements")).at("/disagreements/0/key").asText();
    ok(
        olivia.post(
            "/api/documents/" + doc + "/decisions",
            Map.of("key", key, "outcome", "accept", "coder", annId)));
    long consensus = accepted.at("/decisions/0/created/0/coder").asLong();
    JsonNode after =
        ok(vic.get("/api/documents/" + doc + "/agreement?coders=" + annId + "," + consensus));
    assertThat(percent(after, "Hope")).isEqualTo(1.0);
    assertThat(ok(vic.get("/api/agreement" + pair())).get("documentsCompared").asInt())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void refusesBadRequestsWithTheFieldNamedAndStaleKeysWithAConflict() {
    long doc = document("R03", "Only ann coded this. Ben did not.");
    long a = code(ann, doc, trust, 0, 20);
    code(ben, doc, hope, 21, 33);
    String url = "/api/documents/" + doc + "/decisions";
    String key =
        ok(vic.get("/api/documents/" + doc + "/disagreements" + pair()))
            .at("/disagreements/0/key")
            .asText();

    assertThat(vic.post(url, Map.of("key", key, "outcome", "drop")).status()).isEqualTo(403);
    ApiClient.Response noKey = ann.post(url, Map.of("outcome", "drop"));
    assertThat(noKey.status()).isEqualTo(400);
    assertThat(noKey.json().get("message").asText()).contains("'key'");
    ApiClient.Response badOutcome = ann.post(url, Map.of("key", key, "outcome", "flip"));
    assertThat(badOutcome.status()).isEqualTo(400);
    assertThat(badOutcome.json().get("message").asText()).contains("accept, merge, drop");
    ApiClient.Response noCoder = ann.post(url, Map.of("key", key, "outcome", "accept"));
    assertThat(noCoder.json().get("message").asText()).contains("'coder'");
    ApiClient.Response nothing =
        ann.post(url, Map.of("key", key, "outcome", "accept", "coder", benId));
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.json().get("message").asText()).contains("coded nothing here");
    assertThat(vic.get("/api/documents/" + doc + "/disagreements?coders=x").status())
        .isEqualTo(400);
    assertThat(vic.get("/api/documents/" + doc + "/disagreements?coders=" + annId).status())
        .isEqualTo(400);
    assertThat(vic.get("/api/documents/999/disagreements").status()).isEqualTo(404);
    assertThat(vic.get("/api/documents/" + doc + "/agreement?unit=word").status()).isEqualTo(400);
    String agreement = "/api/documents/" + doc + "/agreement" + pair();
    assertThat(vic.get(agreement + "&by=topics").json().get("message").asText())
        .contains("'by' must be codes or themes");
    assertThat(vic.get(agreement + "&depth=1").json().get("message").asText())
        .contains("only with by=themes");
    assertThat(vic.get(agreement + "&by=themes&depth=x").status()).isEqualTo(400);
    ApiClient.Response noThemes = vic.get(agreement + "&by=themes");
    assertThat(noThemes.status()).isEqualTo(400);
    assertThat(noThemes.json().get("message").asText()).contains("no themes");

    ann.patch("/api/codings/" + a, Map.of("version", 1, "start", 0, "end", 19));
    ApiClient.Response stale = ann.post(url, Map.of("key", key, "outcome", "drop"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.error()).isEqualTo("conflict");
    assertThat(ok(vic.get(url))).isEmpty();
  }

  @Test
  void underBlindCodingOnlyTheOwnerSeesReconciliation() {
    long doc = document("R04", "Blind coding hides layers. Owners reconcile.");
    code(ann, doc, trust, 0, 26);
    code(ben, doc, hope, 0, 26);
    try {
      ok(olivia.patch("/api/settings", Map.of("blindCoding", true)));
      ApiClient.Response coder = ann.get("/api/documents/" + doc + "/disagreements");
      assertThat(coder.status()).isEqualTo(403);
      assertThat(coder.json().get("message").asText()).contains("blind coding");
      assertThat(vic.get("/api/documents/" + doc + "/agreement").status()).isEqualTo(403);
      assertThat(ok(olivia.get("/api/documents/" + doc + "/disagreements")).get("disagreements"))
          .hasSize(1);
    } finally {
      olivia.patch("/api/settings", Map.of("blindCoding", false));
    }
    assertThat(ann.get("/api/documents/" + doc + "/disagreements").status()).isEqualTo(200);
  }

  @Test
  void othersLearnOfADecisionAndItsConsensusCodingsLive() throws Exception {
    long doc = document("R05", "Events reach everyone. Even decisions.");
    code(ann, doc, trust, 0, 22);
    List<String> lines = new CopyOnWriteArrayList<>();
    ApiClient listener = login("ben");
    HttpResponse<Stream<String>> response =
        listener
            .http
            .sendAsync(
                HttpRequest.newBuilder(URI.create(listener.base + "/api/events"))
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(5, TimeUnit.SECONDS);
    CompletableFuture.runAsync(() -> response.body().forEach(lines::add));
    awaitLine(lines, "event: hello");

    String key =
        ok(vic.get("/api/documents/" + doc + "/disagreements" + pair()))
            .at("/disagreements/0/key")
            .asText();
    ok(
        ann.post(
            "/api/documents/" + doc + "/decisions",
            Map.of(
                "key", key, "outcome", "accept", "coder", annId, "coders", List.of(annId, benId))));

    awaitLine(lines, "event: decisions.made");
    awaitLine(lines, "event: codings.created");
    assertThat(lines.get(lines.indexOf("event: decisions.made") + 1))
        .contains("\"by\":\"ann\"", "\"document\":" + doc, key);
    response.body().close();
  }

  private static void awaitLine(List<String> lines, String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (lines.stream().noneMatch(l -> l.contains(text))) {
      assertThat(System.nanoTime()).as("waiting for '%s' in %s", text, lines).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static double percent(JsonNode report, String code) {
    for (JsonNode c : report.get("codes")) {
      if (c.get("code").asText().equals(code)) {
        return c.get("percentAgreement").asDouble();
      }
    }
    throw new AssertionError("no code " + code + " in " + report);
  }
}
