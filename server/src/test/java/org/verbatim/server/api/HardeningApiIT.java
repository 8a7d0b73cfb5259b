package org.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;
import org.verbatim.server.auth.LoginThrottle;

/**
 * What a careless user or an attacker sends, against a real server on 127.0.0.1: every bad input is
 * a 4xx in the JSON error shape, parallel guesses stay throttled, blind coding leaks nothing
 * through memos, and text never splits a character.
 */
class HardeningApiIT {
  static final String PASSWORD = "a-long-test-password";

  /** "😀" is two UTF-16 units, at offsets 16 and 17. */
  static final String TEXT = "Nurse K: I felt 😀 happy with the team.\n";

  static final int FREE_FAILURES = 3;

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;
  static long doc;
  static long otherDoc;

  @BeforeAll
  static void start() {
    project = Project.create(dir.resolve("project"));
    doc = add("P01", TEXT);
    otherDoc = add("P02", "Interviewer: And later?\n");
    Accounts accounts = ServerLauncher.accounts(project);
    accounts.create("olivia", Role.OWNER, Optional.of(PASSWORD), "test");
    for (String coder : List.of("mei", "james", "guessed", "guessed-right")) {
      accounts.create(coder, Role.CODER, Optional.of(PASSWORD), "test");
    }
    ServerConfig config =
        ServerConfig.defaults()
            .withThrottle(
                new LoginThrottle.Policy(
                    FREE_FAILURES,
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(5),
                    Duration.ofHours(1)),
                new LoginThrottle.Policy(
                    1000, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1)));
    server = ServerLauncher.start(project, "127.0.0.1", 0, config);
  }

  private static long add(String name, String text) {
    long id =
        project
            .store()
            .documents()
            .add(
                new DocumentContent(
                    name, Language.ENGLISH, SourceFormat.TXT, text, List.of(), List.of()),
                "test")
            .id()
            .value();
    project.indexDocument(new org.verbatim.core.model.DocumentId(id));
    return id;
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

  static long createCoding(ApiClient c, long document, long code, int start, int end) {
    ApiClient.Response r =
        c.post(
            "/api/codings", Map.of("document", document, "code", code, "start", start, "end", end));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static void assertJsonError(ApiClient.Response r, int status, String what) {
    assertThat(r.status()).as(what + ": " + r.text()).isEqualTo(status);
    assertThat(r.raw().headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("application/json");
    assertThat(r.json().path("error").asText()).as(what).isNotEmpty();
    assertThat(r.json().path("message").asText()).as(what).isNotEmpty().doesNotContain("Exception");
  }

  /** The bad-input suite: each entry is one request that must be refused as JSON 400. */
  @Test
  void everyBadInputOfTheSuiteIsA400InTheJsonErrorShape() {
    ApiClient mei = as("mei");
    ApiClient olivia = as("olivia");
    ApiClient anonymous = new ApiClient(server.port());
    long code = createCode(mei, "Suite code");
    record Probe(ApiClient who, String method, String path, String body) {}
    List<Probe> probes =
        List.of(
            new Probe(mei, "POST", "/api/codings", "null"),
            new Probe(mei, "POST", "/api/codes", "null"),
            new Probe(mei, "POST", "/api/memos", " null "),
            new Probe(mei, "POST", "/api/codings/batch", "null"),
            new Probe(mei, "PATCH", "/api/codes/" + code, "null"),
            new Probe(olivia, "PATCH", "/api/settings", "null"),
            new Probe(mei, "PUT", "/api/codes/" + code + "/parent", "null"),
            new Probe(anonymous, "POST", "/api/session", "null"),
            new Probe(mei, "DELETE", "/api/codings/1", null),
            new Probe(mei, "DELETE", "/api/memos/1", null),
            new Probe(mei, "DELETE", "/api/codes/" + code, null),
            new Probe(mei, "DELETE", "/api/codes/" + code + "?version=", null),
            new Probe(mei, "DELETE", "/api/codes/" + code + "?version=abc", null),
            new Probe(mei, "DELETE", "/api/codes/" + code + "?version=0", null),
            new Probe(olivia, "GET", "/api/audit?after=x", null),
            new Probe(olivia, "GET", "/api/audit?limit=0", null),
            new Probe(mei, "GET", "/api/codings?code=abc", null),
            new Probe(mei, "GET", "/api/memos?document=-3", null),
            new Probe(mei, "GET", "/api/search?q=team&limit=abc", null));
    for (Probe p : probes) {
      ApiClient.Response r =
          p.body() == null
              ? p.who().raw(p.method(), p.path(), "", "application/json", p.who().csrf)
              : p.who().raw(p.method(), p.path(), p.body(), "application/json", p.who().csrf);
      assertJsonError(r, 400, p.method() + " " + p.path() + " " + p.body());
    }
    assertThat(probes).hasSize(19);
    // the plain audit page, without 'after', is a page and not an error
    assertThat(olivia.get("/api/audit").status()).isEqualTo(200);
  }

  @Test
  void aContentTypeThatOnlyStartsLikeJsonIsRefused() {
    ApiClient mei = as("mei");
    ApiClient.Response r =
        mei.raw("POST", "/api/codes", "{\"name\":\"Jsonx\"}", "application/jsonx", mei.csrf);
    assertJsonError(r, 415, "application/jsonx");
    ApiClient.Response withCharset =
        mei.raw(
            "POST",
            "/api/codes",
            "{\"name\":\"Charset\"}",
            "Application/JSON; charset=utf-8",
            mei.csrf);
    assertThat(withCharset.status()).as(withCharset.text()).isEqualTo(201);
  }

  @Test
  void jettysOwnRefusalsUnderApiAnswerInTheJsonErrorShape() throws IOException {
    RawResponse badPath = raw("GET /api/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    RawResponse ambiguous = raw("GET /api/..;/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    RawResponse longUri =
        raw("GET /api/search?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    RawResponse bigCookie =
        raw(
            "GET /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: c="
                + "b".repeat(100_000)
                + "\r\n\r\n");
    assertThat(badPath.status()).as(badPath.text()).isEqualTo(400);
    assertThat(ambiguous.status()).as(ambiguous.text()).isEqualTo(400);
    assertThat(longUri.status()).as(longUri.text()).isEqualTo(414);
    assertThat(bigCookie.status()).as(bigCookie.text()).isEqualTo(431);
    for (RawResponse r : List.of(badPath, ambiguous, longUri, bigCookie)) {
      assertThat(r.text()).as(r.text()).containsIgnoringCase("content-type: application/json");
      assertThat(r.body()).as(r.text()).startsWith("{\"error\":").contains("\"message\":");
      assertThat(r.body()).doesNotContain("<html");
    }
  }

  record RawResponse(int status, String text) {
    String body() {
      int at = text.indexOf("\r\n\r\n");
      return at < 0 ? "" : text.substring(at + 4).strip();
    }
  }

  private static RawResponse raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        s.shutdownOutput();
      } catch (IOException e) {
        // the server may answer and close before it has read everything; read what it said
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
          got.write(buf, 0, n);
          if (got.toString(StandardCharsets.UTF_8).contains("}")) {
            break;
          }
        }
      } catch (IOException e) {
        // connection reset after the answer: keep what was read
      }
      String text = got.toString(StandardCharsets.UTF_8);
      int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
      return new RawResponse(status, text);
    }
  }

  @Test
  void parallelGuessesAreEvaluatedNoMoreThanTheThrottleAllows() throws Exception {
    // 40 wrong guesses at once: only the free ones (and the first that starts the wait) are checked
    List<Integer> wrong = guessInParallel("guessed", 40, -1);
    assertThat(wrong).allMatch(s -> s == 401 || s == 429);
    assertThat(wrong.stream().filter(s -> s == 401).count())
        .as("%s", wrong)
        .isLessThanOrEqualTo(FREE_FAILURES + 1);
  }

  @Test
  void aRightPasswordAmongParallelGuessesFreesAtMostOneMoreRound() throws Exception {
    // the right password clears its username's count (a user who mistyped starts afresh), so the
    // guesses still waiting may use the free attempts once more, and no more than that
    List<Integer> statuses = guessInParallel("guessed-right", 40, 20);
    long evaluated = statuses.stream().filter(s -> s == 200 || s == 401).count();
    assertThat(statuses).allMatch(s -> s == 200 || s == 401 || s == 429);
    assertThat(evaluated).as("%s", statuses).isLessThanOrEqualTo(2L * (FREE_FAILURES + 1));
  }

  /** Statuses of {@code guesses} simultaneous logins; guess number {@code right} is correct. */
  private static List<Integer> guessInParallel(String user, int guesses, int right)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(guesses);
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < guesses; i++) {
        String password = i == right ? PASSWORD : "wrong-guess-" + i;
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return new ApiClient(server.port()).login(user, password).status();
                },
                pool));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (CompletableFuture<Integer> a : answers) {
        statuses.add(a.get(120, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void underBlindCodingAHiddenCodingIsIndistinguishableFromAMissingOneForMemos() {
    ApiClient olivia = as("olivia");
    ApiClient mei = as("mei");
    ApiClient james = as("james");
    assertThat(olivia.patch("/api/settings", Map.of("blindCoding", true)).status()).isEqualTo(200);
    try {
      long code = createCode(mei, "Blind memo code");
      long jamesCoding = createCoding(james, doc, code, 0, 5);
      ApiClient.Response hidden =
          mei.post("/api/memos", Map.of("text", "p", "coding", jamesCoding));
      ApiClient.Response missing =
          mei.post("/api/memos", Map.of("text", "p", "coding", 987_654_321L));
      assertThat(hidden.status()).isEqualTo(404);
      assertThat(mei.get("/api/codings/" + jamesCoding).status()).isEqualTo(404);
      assertThat(hidden.json().get("error")).isEqualTo(missing.json().get("error"));
      assertThat(hidden.json().get("message").asText())
          .isEqualTo(missing.json().get("message").asText().replace("987654321", "" + jamesCoding));

      // the owner sees every layer and may memo it
      assertThat(olivia.post("/api/memos", Map.of("text", "p", "coding", jamesCoding)).status())
          .isEqualTo(201);

      long meisCoding = createCoding(mei, doc, code, 9, 15);
      ApiClient.Response wrongDocument =
          mei.post("/api/memos", Map.of("text", "p", "coding", meisCoding, "document", otherDoc));
      assertJsonError(wrongDocument, 400, "memo on another document than its coding");
      assertThat(
              mei.post("/api/memos", Map.of("text", "p", "coding", meisCoding, "document", doc))
                  .status())
          .isEqualTo(201);

      ApiClient.Response inUse = mei.delete("/api/codes/" + code + "?version=1");
      assertJsonError(inUse, 409, "deleting a code another coder uses");
      assertThat(inUse.json().get("message").asText())
          .contains("in use")
          .doesNotContain("other coder")
          .doesNotContain("james");
    } finally {
      olivia.patch("/api/settings", Map.of("blindCoding", false));
    }
  }

  @Test
  void aRangeThatSplitsASurrogatePairIsRefusedNamingTheOffset() {
    ApiClient mei = as("mei");
    long code = createCode(mei, "Emoji");
    int inside = TEXT.indexOf("😀") + 1;
    ApiClient.Response startsInside =
        mei.post(
            "/api/codings",
            Map.of("document", doc, "code", code, "start", inside, "end", inside + 4));
    ApiClient.Response endsInside =
        mei.post("/api/codings", Map.of("document", doc, "code", code, "start", 9, "end", inside));
    assertJsonError(startsInside, 400, "start inside a pair");
    assertJsonError(endsInside, 400, "end inside a pair");
    assertThat(startsInside.json().get("message").asText()).contains("offset " + inside);
    long whole = createCoding(mei, doc, code, inside - 1, inside + 1);
    ApiClient.Response passage = mei.get("/api/codings/" + whole);
    assertThat(passage.status()).isEqualTo(200);
    ApiClient.Response moved =
        mei.patch(
            "/api/codings/" + whole, Map.of("version", 1, "start", inside, "end", inside + 3));
    assertJsonError(moved, 400, "edit into a pair");
  }

  @Test
  void namesAndMemosWithInvalidUnicodeControlCharactersOrExcessLengthAreRefused() {
    ApiClient mei = as("mei");
    long code = createCode(mei, "Limits");
    long coding = createCoding(mei, doc, code, 0, 5);
    List<String> badCodeBodies =
        List.of(
            "{\"name\":\"a\\u0000b\"}",
            "{\"name\":\"first\\nsecond\"}",
            "{\"name\":\"lone \\ud800 high\"}",
            "{\"name\":\"" + "n".repeat(201) + "\"}",
            "{\"name\":\"Defined\",\"definition\":\"" + "d".repeat(10_001) + "\"}",
            "{\"name\":\"Defined\",\"definition\":\"bad \\udc00\"}");
    for (String body : badCodeBodies) {
      assertJsonError(
          mei.raw("POST", "/api/codes", body, "application/json", mei.csrf),
          400,
          body.substring(0, Math.min(60, body.length())));
    }
    List<String> badMemoBodies =
        List.of(
            "{\"text\":\"lone \\udc00 low\",\"coding\":" + coding + "}",
            "{\"text\":\"" + "m".repeat(100_001) + "\"}",
            "{\"text\":\"nul \\u0000\"}");
    for (String body : badMemoBodies) {
      assertJsonError(
          mei.raw("POST", "/api/memos", body, "application/json", mei.csrf),
          400,
          body.substring(0, Math.min(60, body.length())));
    }
    assertJsonError(
        mei.raw(
            "POST",
            "/api/codings",
            "{\"document\":"
                + doc
                + ",\"code\":"
                + code
                + ",\"start\":0,\"end\":4,\"memo\":\"\\ud83d\"}",
            "application/json",
            mei.csrf),
        400,
        "coding memo with a lone surrogate");
    assertThat(mei.get("/api/codes").json().findValuesAsText("name"))
        .noneMatch(n -> n.contains("\u0000") || n.contains("\n") || n.contains("?"));
  }
}
