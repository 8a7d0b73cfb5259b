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
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.Role;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;

/**
 * The de-identification routes on a real server: coders read the forms and the map, only owners
 * decide, bad bodies and unknown forms are 400 and 404 in the error shape, and decisions reach the
 * key file.
 */
class DeidApiIT {
  static final String PASSWORD = "deid-test-password";

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;

  @BeforeAll
  static void start() throws IOException {
    project = Project.create(dir.resolve("project"));
    Path file =
        Files.writeString(
            dir.resolve("P01.txt"),
            "Interviewer: Who?\nNurse K: Dr. Lin said the ward at Kaohsiung General Hospital was"
                + " full, and we went on to Tainan.\n");
    new DocumentImporter(project, TranscriptImport.withStandardSplitter())
        .importFile(file, ImportOptions.defaults(), "test");
    Accounts accounts = ServerLauncher.accounts(project);
    accounts.create("olivia", Role.OWNER, Optional.of(PASSWORD), "test");
    accounts.create("ann", Role.CODER, Optional.of(PASSWORD), "test");
    accounts.create("vic", Role.VIEWER, Optional.of(PASSWORD), "test");
    project.services().deid().scan();
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
  void coderReadsTheFormsButOnlyAnOwnerDecides() {
    ApiClient ann = as("ann");
    ApiClient.Response forms = ann.get("/api/deid/forms");
    assertThat(forms.status()).isEqualTo(200);
    List<String> names = forms.json().findValuesAsText("form");
    assertThat(names).contains("Dr. Lin", "Kaohsiung General Hospital");
    assertThat(ann.post("/api/deid/accept", Map.of("forms", List.of("Dr. Lin"))).status())
        .isEqualTo(403);
    assertThat(as("vic").get("/api/deid/forms").status()).isEqualTo(403);
    assertThat(new ApiClient(server.port()).get("/api/deid/map").status()).isEqualTo(401);
  }

  @Test
  void anOwnersDecisionsReachTheKeyFile() throws IOException {
    ApiClient olivia = as("olivia");
    ApiClient.Response mapped =
        olivia.post("/api/deid/map", Map.of("form", "Dr Lin", "replacement", "[psychiatrist]"));
    assertThat(mapped.status()).as(mapped.text()).isEqualTo(200);
    assertThat(olivia.post("/api/deid/reject", Map.of("forms", List.of("Tainan"))).status())
        .isEqualTo(200);
    JsonNode map = olivia.get("/api/deid/map").json();
    assertThat(map.get("entries").findValuesAsText("replacement")).contains("[psychiatrist 1]");
    assertThat(Files.readString(dir.resolve("project/deid-map.json")))
        .contains("[psychiatrist 1]", "REJECTED");
    JsonNode lin =
        olivia.get("/api/deid/forms").json().findParents("form").stream()
            .filter(f -> f.get("form").asText().equals("Dr. Lin"))
            .findFirst()
            .orElseThrow();
    assertThat(lin.get("status").asText()).isEqualTo("accepted");
  }

  @Test
  void badBodiesAndUnknownFormsAreRefusedWithAClearMessage() {
    ApiClient olivia = as("olivia");
    ApiClient.Response none = olivia.post("/api/deid/accept", Map.of("forms", List.of()));
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("message").asText()).contains("'forms'");
    ApiClient.Response unknown =
        olivia.post("/api/deid/accept", Map.of("forms", List.of("Nobody Atall")));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("message").asText()).contains("'Nobody Atall'");
    ApiClient.Response blank =
        olivia.post("/api/deid/map", Map.of("form", "Dr. Lin", "replacement", "  "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().get("message").asText()).contains("empty");
    ApiClient.Response tag =
        olivia.post(
            "/api/deid/names", Map.of("names", List.of(Map.of("form", "嘉南", "tag", "TOWN"))));
    assertThat(tag.status()).isEqualTo(400);
    assertThat(tag.json().get("message").asText()).contains("TOWN", "PERSON");
  }
}
