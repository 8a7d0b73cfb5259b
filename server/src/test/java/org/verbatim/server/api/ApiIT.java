package org.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;
import org.verbatim.server.auth.LoginThrottle;

/** The REST API on a real server on 127.0.0.1 over a real project folder. */
class ApiIT {
  static final String PASSWORD = "a-long-test-password";
  static final String TEXT =
      "Interviewer: How did the team support you?\n"
          + "Nurse K: Peer support kept me going. My manager never listened.\n"
          + "Interviewer: And later?\n"
          + "Nurse K: Later the peer support group fell apart.\n";

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;
  static long doc;

  @BeforeAll
  static void start() {
    project = Project.create(dir.resolve("project"));
    DocumentSummary summary = project.store().documents().add(content(), "test");
    project.indexDocument(summary.id());
    doc = summary.id().value();
    Accounts accounts = ServerLauncher.accounts(project);
    accounts.create("olivia", Role.OWNER, Optional.of(PASSWORD), "test");
    for (String coder : List.of("ann", "ben", "cat", "slow")) {
      accounts.create(coder, Role.CODER, Optional.of(PASSWORD), "test");
    }
    accounts.create("vic", Role.VIEWER, Optional.of(PASSWORD), "test");
    ServerConfig config =
        ServerConfig.defaults()
            .withThrottle(
                new LoginThrottle.Policy(
                    3, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1)),
                new LoginThrottle.Policy(
                    50, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1)));
    server = ServerLauncher.start(project, "127.0.0.1", 0, config);
  }

  private static DocumentContent content() {
    List<Turn> turns = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int at = 0;
    int index = 0;
    for (String line : TEXT.split("\n")) {
      int colon = line.indexOf(": ");
      int start = at + colon + 2;
      int end = at + line.length();
      turns.add(Turn.untimed(index, Optional.of(line.substring(0, colon)), new Span(start, end)));
      int s = start;
      for (int dot = TEXT.indexOf('.', s); dot >= 0 && dot < end; dot = TEXT.indexOf('.', s)) {
        sentences.add(new Sentence(sentences.size(), new Span(s, dot + 1)));
        s = dot + 2;
      }
      if (s < end) {
        sentences.add(new Sentence(sentences.size(), new Span(s, end)));
      }
      at = end + 1;
      index++;
    }
    return new DocumentContent("P01", Language.ENGLISH, SourceFormat.TXT, TEXT, turns, sentences);
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

  static long createCode(ApiClient c, String name) {
    ApiClient.Response r = c.post("/api/codes", Map.of("name", name));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  static Map<String, Object> coding(long code, int start, int end) {
    return Map.of("document", doc, "code", code, "start", start, "end", end);
  }

  @Test
  void logsInWithAStrictHttpOnlyCookieAndLogsOut() {
    ApiClient c = new ApiClient(server.port());
    ApiClient.Response login = c.login("ann", PASSWORD);
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().at("/user/username").asText()).isEqualTo("ann");
    assertThat(login.json().at("/user/role").asText()).isEqualTo("coder");
    assertThat(login.json().get("csrfToken").asText()).hasSize(43);
    String cookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("verbatim_session=")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict");
    assertThat(login.text()).doesNotContain("pbkdf2");

    assertThat(c.get("/api/session").json().at("/user/username").asText()).isEqualTo("ann");
    assertThat(c.delete("/api/session").status()).isEqualTo(204);
    ApiClient.Response after = c.get("/api/session");
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.error()).isEqualTo("unauthenticated");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    ApiClient c = new ApiClient(server.port());
    ApiClient.Response wrong = c.login("ben", "not-the-password");
    ApiClient.Response unknown = c.login("nobody", "not-the-password");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json()).isEqualTo(unknown.json());
    assertThat(wrong.error()).isEqualTo("invalid_credentials");
  }

  @Test
  void everyApiRouteNeedsASession() {
    ApiClient anonymous = new ApiClient(server.port());
    for (String path :
        List.of(
            "/api/documents", "/api/codes", "/api/documents/" + doc, "/api/audit", "/api/events")) {
      ApiClient.Response r = anonymous.get(path);
      assertThat(r.status()).as(path).isEqualTo(401);
      assertThat(r.error()).as(path).isEqualTo("unauthenticated");
    }
    assertThat(anonymous.post("/api/codes", Map.of("name", "x")).status()).isEqualTo(401);
  }

  @Test
  void aViewerReadsButMayNotCode() {
    ApiClient vic = as("vic");
    assertThat(vic.get("/api/documents").status()).isEqualTo(200);
    long code = createCode(as("ann"), "Viewer test code");
    ApiClient.Response r = vic.post("/api/codings", coding(code, 0, 5));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.error()).isEqualTo("forbidden");
    assertThat(r.json().get("message").asText()).contains("coder");
  }

  @Test
  void aStateChangingRequestWithoutTheCsrfTokenIsRefused() {
    ApiClient ann = as("ann");
    ApiClient.Response missing =
        ann.raw("POST", "/api/codes", "{\"name\":\"No token\"}", "application/json", "");
    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.error()).isEqualTo("csrf_failed");
    ApiClient.Response wrong =
        ann.raw(
            "POST", "/api/codes", "{\"name\":\"No token\"}", "application/json", "x" + ann.csrf);
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(ann.get("/api/codes").json().findValuesAsText("name")).doesNotContain("No token");
  }

  @Test
  void offsetsOutsideTheDocumentAreRefused() {
    ApiClient ann = as("ann");
    long code = createCode(ann, "Offsets");
    for (int[] range : new int[][] {{-1, 4}, {5, 5}, {8, 3}, {0, TEXT.length() + 1}}) {
      ApiClient.Response r = ann.post("/api/codings", coding(code, range[0], range[1]));
      assertThat(r.status()).as("%s %s", range[0], range[1]).isEqualTo(400);
      assertThat(r.error()).isEqualTo("bad_request");
    }
    assertThat(ann.post("/api/codings", coding(code, 0, TEXT.length())).status()).isEqualTo(201);
    ApiClient.Response missing =
        ann.post("/api/codings", Map.of("document", doc, "code", code, "start", 1));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("message").asText()).contains("'end'");
  }

  @Test
  void twoCodersEditingTheSameCodeGetAConflictInsteadOfOverwriting() {
    ApiClient ann = as("ann");
    ApiClient ben = as("ben");
    long code = createCode(ann, "Shared");
    ApiClient.Response first =
        ann.patch("/api/codes/" + code, Map.of("version", 1, "name", "Shared by ann"));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("version").asLong()).isEqualTo(2);
    ApiClient.Response second =
        ben.patch("/api/codes/" + code, Map.of("version", 1, "name", "Shared by ben"));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.error()).isEqualTo("conflict");
    assertThat(ben.get("/api/codes").json().findValuesAsText("name"))
        .contains("Shared by ann")
        .doesNotContain("Shared by ben");
  }

  @Test
  void blindCodingHidesOtherCodersCodingsFromCodersButNotFromTheOwner() {
    ApiClient owner = as("olivia");
    ApiClient ann = as("ann");
    ApiClient ben = as("ben");
    long code = createCode(ann, "Blind");
    long annCoding = ann.post("/api/codings", coding(code, 10, 20)).json().get("id").asLong();
    long benCoding = ben.post("/api/codings", coding(code, 30, 40)).json().get("id").asLong();
    try {
      assertThat(
              owner
                  .patch("/api/settings", Map.of("blindCoding", true))
                  .json()
                  .get("blindCoding")
                  .asBoolean())
          .isTrue();
      assertThat(ids(ben.get("/api/documents/" + doc + "/codings")))
          .contains(benCoding)
          .doesNotContain(annCoding);
      assertThat(ben.get("/api/codings/" + annCoding).status()).isEqualTo(404);
      assertThat(ids(owner.get("/api/documents/" + doc + "/codings")))
          .contains(annCoding, benCoding);
      long annId = ann.get("/api/session").json().at("/user/coderId").asLong();
      assertThat(ids(owner.get("/api/documents/" + doc + "/codings?coders=" + annId)))
          .contains(annCoding)
          .doesNotContain(benCoding);
    } finally {
      owner.patch("/api/settings", Map.of("blindCoding", false));
    }
    assertThat(ids(ben.get("/api/documents/" + doc + "/codings"))).contains(annCoding, benCoding);
  }

  private static List<Long> ids(ApiClient.Response r) {
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    List<Long> out = new ArrayList<>();
    r.json().forEach(n -> out.add(n.get("id").asLong()));
    return out;
  }

  @Test
  void undoAndRedoApplyToTheCallersOwnLatestAction() {
    ApiClient cat = as("cat");
    long code = createCode(cat, "Undo me");
    long coding = cat.post("/api/codings", coding(code, 0, 12)).json().get("id").asLong();
    assertThat(cat.get("/api/undo").json().get("undo").asText()).isEqualTo("add coding");

    ApiClient.Response undone = cat.post("/api/undo", null);
    assertThat(undone.status()).as(undone.text()).isEqualTo(200);
    assertThat(undone.json().get("deletedCodings"))
        .extracting(JsonNode::asLong)
        .containsExactly(coding);
    assertThat(cat.get("/api/codings/" + coding).status()).isEqualTo(404);

    ApiClient.Response redone = cat.post("/api/redo", null);
    assertThat(redone.status()).isEqualTo(200);
    assertThat(cat.get("/api/codings/" + coding).status()).isEqualTo(200);

    ApiClient.Response batch =
        cat.post(
            "/api/codings/batch",
            Map.of(
                "code",
                code,
                "spans",
                List.of(
                    Map.of("document", doc, "start", 20, "end", 30),
                    Map.of("document", doc, "start", 40, "end", 50))));
    assertThat(batch.status()).as(batch.text()).isEqualTo(201);
    assertThat(batch.json().get("created").asInt()).isEqualTo(2);
    assertThat(cat.post("/api/undo", null).json().get("deletedCodings")).hasSize(2);
    assertThat(cat.get("/api/codings/" + coding).status()).isEqualTo(200);
  }

  @Test
  void codeAllResultsCodesEachHitsSentenceAsOneAction() {
    ApiClient cat = as("cat");
    long code = createCode(cat, "Peer support (auto)");
    ApiClient.Response r =
        cat.post(
            "/api/codings/batch",
            Map.of(
                "code", code, "query", Map.of("text", "\"peer support\""), "expand", "sentence"));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    List<String> coded = new ArrayList<>();
    r.json()
        .get("codings")
        .forEach(k -> coded.add(TEXT.substring(k.get("start").asInt(), k.get("end").asInt())));
    assertThat(coded)
        .containsExactly("Peer support kept me going.", "Later the peer support group fell apart.");
    assertThat(
            cat.post(
                    "/api/codings/batch",
                    Map.of(
                        "code",
                        code,
                        "query",
                        Map.of("text", "\"peer support\""),
                        "expand",
                        "sentence"))
                .json()
                .get("created")
                .asInt())
        .as("coding the same results again adds nothing")
        .isZero();
  }

  @Test
  void theOwnerMergesTwoCodesIntoOne() {
    ApiClient owner = as("olivia");
    ApiClient ann = as("ann");
    long from = createCode(ann, "Merge from");
    long into = createCode(ann, "Merge into");
    long k = ann.post("/api/codings", coding(from, 1, 9)).json().get("id").asLong();
    ApiClient.Response merged =
        owner.post("/api/codes/" + from + "/merge", Map.of("version", 1, "into", into));
    assertThat(merged.status()).as(merged.text()).isEqualTo(200);
    assertThat(merged.json().get("moved").asInt()).isEqualTo(1);
    assertThat(ann.get("/api/codings/" + k).json().get("code").asLong()).isEqualTo(into);
    assertThat(ann.get("/api/codes").json().findValuesAsText("name"))
        .contains("Merge into")
        .doesNotContain("Merge from");
  }

  @Test
  void aSecondClientReceivesTheEventWhenACodeIsCreated() throws Exception {
    ApiClient ben = as("ben");
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(ben.base + "/api/events"))
            .header("Accept", "text/event-stream")
            .build();
    CompletableFuture<HttpResponse<Stream<String>>> stream =
        ben.http.sendAsync(req, HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> response = stream.get(5, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    CompletableFuture.runAsync(() -> response.body().forEach(lines::add));
    awaitLine(lines, "event: hello");

    createCode(as("ann"), "Live code");
    awaitLine(lines, "Live code");
    int i = indexOf(lines, "Live code");
    assertThat(lines.get(i - 1)).isEqualTo("event: code.created");
    assertThat(lines.get(i)).contains("\"by\":\"ann\"");
    response.body().close();
  }

  private static void awaitLine(List<String> lines, String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (indexOf(lines, text) < 0) {
      assertThat(System.nanoTime()).as("waiting for '%s' in %s", text, lines).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void repeatedFailedLoginsAreSlowedDownEvenForTheRightPassword() {
    ApiClient c = new ApiClient(server.port());
    for (int i = 0; i < 4; i++) {
      assertThat(c.login("slow", "wrong password " + i).status()).isEqualTo(401);
    }
    ApiClient.Response blocked = c.login("slow", PASSWORD);
    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.error()).isEqualTo("too_many_attempts");
    assertThat(
            blocked.raw().headers().firstValue("Retry-After").map(Integer::parseInt).orElseThrow())
        .isBetween(1, 30);
  }

  @Test
  void unknownRoutesAndBadBodiesGetJsonErrorsNotPages() {
    ApiClient ann = as("ann");
    for (ApiClient.Response r :
        List.of(
            ann.get("/api/nope"),
            new ApiClient(server.port()).get("/api/nope"),
            ann.get("/nope"))) {
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.raw().headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      assertThat(r.error()).isEqualTo("not_found");
    }
    ApiClient.Response bad = ann.send("POST", "/api/codes", "{\"name\": ");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asText())
        .contains("not valid JSON")
        .doesNotContain("jackson", "Exception");
    ApiClient.Response unknownField =
        ann.post("/api/codes", Map.of("name", "x", "colur", "#000000"));
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.json().get("message").asText()).contains("'colur'");
    ApiClient.Response wrongType =
        ann.raw("POST", "/api/codes", "name=x", "application/x-www-form-urlencoded", ann.csrf);
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(ann.get("/api/documents/abc").status()).isEqualTo(400);
    ApiClient.Response zeroId =
        ann.post("/api/codings", Map.of("document", 0, "code", 1, "start", 0, "end", 2));
    assertThat(zeroId.status()).isEqualTo(400);
    assertThat(zeroId.json().get("message").asText()).contains("'document'");
    assertThat(ann.get("/api/documents/999").error()).isEqualTo("not_found");
  }

  @Test
  void theOwnerExportsTheAuditTrailAsCsv() {
    ApiClient owner = as("olivia");
    createCode(owner, "Audited, with a comma");
    ApiClient.Response csv = owner.get("/api/audit.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.text().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,at,actor,action,entity,entity_id,before,after");
    assertThat(lines)
        .anyMatch(l -> l.contains(",olivia,create,code,") && l.contains("Audited, with a comma"));
    assertThat(csv.text()).doesNotContain("pbkdf2");
    assertThat(as("ann").get("/api/audit.csv").status()).isEqualTo(403);
  }

  @Test
  void aCoderCannotChangeAnotherCodersCoding() {
    ApiClient ann = as("ann");
    long code = createCode(ann, "Mine");
    long k = ann.post("/api/codings", coding(code, 2, 6)).json().get("id").asLong();
    ApiClient.Response r = as("ben").delete("/api/codings/" + k + "?version=1");
    assertThat(r.status()).isEqualTo(403);
    assertThat(ann.get("/api/codings/" + k).status()).isEqualTo(200);
  }

  @Test
  void theWebUiIsServedWithSecurityHeaders() {
    ApiClient.Response page = new ApiClient(server.port()).get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.raw().headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(page.raw().headers().firstValue("X-Frame-Options")).contains("DENY");
  }
}
