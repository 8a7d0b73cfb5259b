package org.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.interchange.ExportOptions;
import org.verbatim.core.interchange.ProjectInterchange;
import org.verbatim.core.model.Role;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;

/**
 * Imports through the REST API on a real server on 127.0.0.1: transcripts (one transaction each,
 * refusals naming the file), participants (preview, then commit), REFI-QDA (a polled job), owner
 * only.
 */
class ImportApiIT {
  static final String PASSWORD = "import-test-password";
  static final String P01 = "Interviewer: How did the team help?\nNurse K: The allotment helped.\n";
  static final String P02 = "Interviewer: And you?\nSocial Worker I: My family, mostly.\n";

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;

  @BeforeAll
  static void start() {
    project = Project.create(dir.resolve("project"));
    accounts(project);
    server = ServerLauncher.start(project, "127.0.0.1", 0, ServerConfig.defaults());
  }

  static void accounts(Project p) {
    Accounts accounts = ServerLauncher.accounts(p);
    accounts.create("olivia", Role.OWNER, Optional.of(PASSWORD), "test");
    accounts.create("ann", Role.CODER, Optional.of(PASSWORD), "test");
    accounts.create("vic", Role.VIEWER, Optional.of(PASSWORD), "test");
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

  static ApiClient as(ServerLauncher.Running s, String user) {
    ApiClient c = new ApiClient(s.port());
    assertThat(c.login(user, PASSWORD).status()).isEqualTo(200);
    return c;
  }

  /** POSTs {@code body} as the raw request body, the file name in {@code ?name=}. */
  static ApiClient.Response upload(ApiClient c, String route, String name, byte[] body) {
    String sep = route.contains("?") ? "&" : "?";
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    c.base
                        + route
                        + sep
                        + "name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/octet-stream")
            .header("X-CSRF-Token", c.csrf)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> r = c.http.send(request, HttpResponse.BodyHandlers.ofString());
      return new ApiClient.Response(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  int documents() {
    return project.store().documents().list().size();
  }

  @Test
  void anOwnerUploadsATranscriptAndSearchFindsIt() {
    ApiClient olivia = as(server, "olivia");
    ApiClient.Response dry =
        upload(olivia, "/api/imports/transcripts?dryRun=true", "P01.txt", utf8(P01));
    assertThat(dry.status()).isEqualTo(200);
    assertThat(dry.json().at("/speakers/summary").asText()).isEqualTo("Interviewer 1, Nurse K 1");
    assertThat(project.store().documents().byName("P01")).isEmpty();

    ApiClient.Response r = upload(olivia, "/api/imports/transcripts", "P01.txt", utf8(P01));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    JsonNode json = r.json();
    assertThat(json.get("name").asText()).isEqualTo("P01");
    assertThat(json.get("turns").asInt()).isEqualTo(2);
    assertThat(json.at("/speakers/speakers/1/name").asText()).isEqualTo("Nurse K");
    JsonNode hits = olivia.get("/api/search?q=allotment").json();
    assertThat(hits.get("totalHits").asInt()).isGreaterThan(0);
    assertThat(Files.exists(project.sources())).isTrue();
  }

  @Test
  void aBadFileIsA400NamingItAndNothingIsStored() {
    ApiClient olivia = as(server, "olivia");
    int before = documents();
    ApiClient.Response empty = upload(olivia, "/api/imports/transcripts", "Empty.txt", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("message").asText()).isEqualTo("Empty.txt: is empty");
    ApiClient.Response binary =
        upload(olivia, "/api/imports/transcripts", "Broken.docx", utf8("not a zip at all"));
    assertThat(binary.status()).isEqualTo(400);
    assertThat(binary.json().get("message").asText())
        .startsWith("Broken.docx: ")
        .doesNotContain("/tmp");
    ApiClient.Response odd =
        upload(olivia, "/api/imports/transcripts", "notes.xyz", utf8("Dan: hi"));
    assertThat(odd.json().get("message").asText())
        .startsWith("notes.xyz: cannot import .xyz files");
    byte[] big = new byte[9 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    ApiClient.Response tooLarge = upload(olivia, "/api/imports/transcripts", "Huge.txt", big);
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.json().get("message").asText())
        .isEqualTo(
            "Huge.txt: is too large (9 MB; the limit is 8 MB); split it into several documents");
    assertThat(documents()).isEqualTo(before);
    assertThat(project.store().documents().byName("Empty")).isEmpty();
  }

  @Test
  void anUploadOverTheJsonBodyLimitButWithinTheTextLimitIsRead() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 5 * 1024 * 1024) {
      text.append("Dan: the long interview goes on and on.\n");
    }
    ApiClient.Response r =
        upload(
            as(server, "olivia"),
            "/api/imports/transcripts?dryRun=true",
            "Long.txt",
            utf8(text.toString()));
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.json().at("/speakers/speakers/0/name").asText()).isEqualTo("Dan");
  }

  @Test
  void codersAndViewersMayNotImport() {
    for (String user : new String[] {"ann", "vic"}) {
      ApiClient c = as(server, user);
      assertThat(upload(c, "/api/imports/transcripts", "X.txt", utf8(P02)).status()).isEqualTo(403);
      assertThat(
              upload(c, "/api/imports/participants/preview", "p.csv", utf8("document,label\n"))
                  .status())
          .isEqualTo(403);
      assertThat(upload(c, "/api/imports/refi", "x.qdpx", new byte[] {1}).status()).isEqualTo(403);
    }
    assertThat(project.store().documents().byName("X")).isEmpty();
  }

  @Test
  void participantsArePreviewedThenAttached() {
    ApiClient olivia = as(server, "olivia");
    assertThat(upload(olivia, "/api/imports/transcripts", "P02.txt", utf8(P02)).status())
        .isEqualTo(201);
    byte[] csv =
        utf8("document,label,Discipline\nP02,Social Worker I,social work\nP99,Ghost,none\n");
    ApiClient.Response preview =
        upload(olivia, "/api/imports/participants/preview", "people.csv", csv);
    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    assertThat(preview.json().at("/matched/0/document").asText()).isEqualTo("P02");
    assertThat(preview.json().at("/unmatched/0/origin").asText()).isEqualTo("people.csv line 3");
    assertThat(preview.json().get("newAttributes").toString()).contains("discipline");
    assertThat(project.store().documents().byName("P02").orElseThrow().summary().participant())
        .isEmpty();

    ApiClient.Response all = upload(olivia, "/api/imports/participants", "people.csv", csv);
    assertThat(all.status()).isEqualTo(400);
    assertThat(all.json().get("message").asText()).contains("P99");
    ApiClient.Response matched =
        upload(olivia, "/api/imports/participants?matchedOnly=true", "people.csv", csv);
    assertThat(matched.status()).as(matched.text()).isEqualTo(200);
    assertThat(matched.json().get("attached").asInt()).isEqualTo(1);
    JsonNode docs = olivia.get("/api/documents").json();
    boolean found = false;
    for (JsonNode d : docs) {
      if (d.get("name").asText().equals("P02")) {
        assertThat(d.at("/participant/attributes/discipline").asText()).isEqualTo("social work");
        found = true;
      }
    }
    assertThat(found).isTrue();
    ApiClient.Response bad =
        upload(olivia, "/api/imports/participants/preview", "bad.csv", utf8("name,label\nx,y\n"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asText())
        .startsWith("bad.csv line 1: no 'document' column");
  }

  @Test
  void aQdpxImportsIntoAnEmptyServedProjectAsAPolledJob() throws Exception {
    Path qdpx = dir.resolve("study.qdpx");
    try (Project source = Project.create(dir.resolve("source"))) {
      new org.verbatim.core.imports.ProjectImports(source)
          .transcript(
              write("S01.txt", "Dan: the greenhouse was warm.\n"),
              org.verbatim.core.ingest.ImportOptions.defaults(),
              "t");
      ProjectInterchange.exportProject(source, qdpx, ExportOptions.defaults("t"));
    }
    try (Project empty = Project.create(dir.resolve("empty"))) {
      accounts(empty);
      try (ServerLauncher.Running other =
          ServerLauncher.start(empty, "127.0.0.1", 0, ServerConfig.defaults())) {
        ApiClient olivia = as(other, "olivia");
        ApiClient.Response started =
            upload(olivia, "/api/imports/refi", "study.qdpx", Files.readAllBytes(qdpx));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String id = started.json().get("id").asText();
        JsonNode job = started.json();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!job.get("state").asText().matches("done|failed") && System.nanoTime() < deadline) {
          Thread.sleep(100);
          job = olivia.get("/api/imports/jobs/" + id).json();
        }
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        assertThat(job.at("/result/documents").asInt()).isEqualTo(1);
        assertThat(olivia.get("/api/search?q=greenhouse").json().get("totalHits").asInt())
            .isGreaterThan(0);

        ApiClient.Response again =
            upload(olivia, "/api/imports/refi", "study.qdpx", Files.readAllBytes(qdpx));
        String againId = again.json().get("id").asText();
        JsonNode failed = again.json();
        while (!failed.get("state").asText().matches("done|failed")
            && System.nanoTime() < deadline) {
          Thread.sleep(100);
          failed = olivia.get("/api/imports/jobs/" + againId).json();
        }
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("error").asText())
            .contains("already holds documents")
            .doesNotContain("verbatim-upload");
        assertThat(olivia.get("/api/imports/jobs/999").status()).isEqualTo(404);
      }
    }
  }

  static Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }
}
