package org.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Theme;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;
import org.verbatim.core.project.StudyLoader;
import org.verbatim.server.ServerLauncher;

/** Quote and export routes on a real server over the demo study. */
class QuoteExportApiIT {
  static final String PASSWORD = "a-long-test-password";

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;
  static ApiClient coder;
  static ApiClient viewer;
  static long node;
  static long p07;

  @BeforeAll
  static void start() {
    Path study = Path.of(System.getProperty("user.dir")).getParent().resolve("corpora/demo");
    project = Project.create(dir.resolve("demo"));
    new StudyLoader(project, new DocumentImporter(project, TranscriptImport.withStandardSplitter()))
        .load(study, "test", s -> {});
    Accounts accounts = ServerLauncher.accounts(project);
    accounts.create("ann", Role.CODER, Optional.of(PASSWORD), "test");
    accounts.create("vic", Role.VIEWER, Optional.of(PASSWORD), "test");
    node =
        project.store().themes().list().stream()
            .filter(t -> t.name().equals("Running on short money"))
            .map(Theme::id)
            .findFirst()
            .orElseThrow()
            .value();
    p07 = project.store().documents().byName("P07").orElseThrow().id().value();
    server = ServerLauncher.start(project, "127.0.0.1", 0, ServerConfig.defaults());
    coder = login("ann");
    viewer = login("vic");
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

  @Test
  void a_coder_pins_trims_translates_orders_and_unpins_a_quote_and_a_viewer_only_reads() {
    assertThat(viewer.get("/api/quotes?theme=" + node).json()).hasSize(3);
    assertThat(
            viewer
                .post(
                    "/api/quotes",
                    Map.of("theme", node, "document", p07, "parts", List.of(List.of(10, 60))))
                .status())
        .isEqualTo(403);
    ApiClient.Response pinned =
        coder.post(
            "/api/quotes",
            Map.of("theme", node, "document", p07, "parts", List.of(List.of(10, 60))));
    assertThat(pinned.status()).isEqualTo(201);
    long id = pinned.json().get("id").asLong();
    JsonNode trimmed =
        coder
            .patch("/api/quotes/" + id, Map.of("parts", List.of(List.of(10, 20), List.of(30, 60))))
            .json();
    assertThat(trimmed.get("text").asText()).contains(" … ");
    assertThat(trimmed.get("attribution").asText()).isEqualTo("Case Manager L");
    assertThat(coder.patch("/api/quotes/" + id, Map.of("parts", List.of(List.of(5, 20)))).status())
        .isEqualTo(400);
    JsonNode translated =
        coder
            .post(
                "/api/quotes/" + id + "/translations",
                Map.of("text", "A test", "language", "zh-Hant"))
            .json();
    assertThat(translated.at("/translation/translator").asText()).isEqualTo("ann");
    List<Long> order =
        new java.util.ArrayList<>(
            java.util.stream.StreamSupport.stream(
                    coder.get("/api/quotes?theme=" + node).json().spliterator(), false)
                .map(q -> q.get("id").asLong())
                .toList());
    java.util.Collections.reverse(order);
    JsonNode reordered =
        coder.put("/api/quotes/order", Map.of("theme", node, "quotes", order)).json();
    assertThat(reordered.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(
            coder.put("/api/quotes/order", Map.of("theme", node, "quotes", List.of(id))).status())
        .isEqualTo(400);
    assertThat(coder.delete("/api/quotes/" + id).status()).isEqualTo(204);
    assertThat(viewer.get("/api/quotes?theme=" + node).json()).hasSize(3);
  }

  @Test
  void candidates_come_ranked_for_a_node() {
    JsonNode candidates = viewer.get("/api/quotes/candidates?theme=" + node + "&limit=5").json();
    assertThat(candidates).hasSize(5);
    assertThat(candidates.get(0).get("words").asDouble()).isBetween(15.0, 80.0);
    assertThat(viewer.get("/api/quotes/candidates?theme=99999").status()).isEqualTo(404);
  }

  @Test
  void exports_download_through_the_same_registry_as_the_command_line() {
    assertThat(viewer.get("/api/exports").json().get("themes").toString()).contains("docx", "md");
    ApiClient.Response csv = viewer.get("/api/export?what=participants&format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.raw().headers().firstValue("Content-Disposition").orElseThrow())
        .contains("participants.csv");
    assertThat(csv.text()).startsWith("Characteristic,Category,Overall n (N = 12)");
    ApiClient.Response md = viewer.get("/api/export?what=themes&format=md&quoteLanguage=original");
    assertThat(md.text())
        .contains("所以很多時候我們不是在做復元，我們是在滅火。")
        .contains("(Nurse Y)")
        .doesNotContain("Translation:");
    ApiClient.Response docx = viewer.get("/api/export?what=themes&format=docx");
    assertThat(docx.raw().headers().firstValue("Content-Type").orElseThrow())
        .contains("wordprocessingml");
    assertThat(viewer.get("/api/export?what=nothing&format=md").status()).isEqualTo(400);
    assertThat(viewer.get("/api/export?what=themes&format=md&layer=nobody").status())
        .isEqualTo(400);
    assertThat(viewer.get("/api/export?what=participants&format=md&by=height").text())
        .contains("height");
  }
}
