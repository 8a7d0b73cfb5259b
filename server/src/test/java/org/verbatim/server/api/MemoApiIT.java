package org.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * The memo list ({@code GET /api/memos/list}) on a real server on 127.0.0.1: every kind in one
 * list, its filters, a viewer's view and blind coding.
 */
class MemoApiIT {
  static final String PASSWORD = "a-long-test-password";

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;
  static ApiClient olivia;
  static ApiClient ann;
  static ApiClient ben;
  static ApiClient vic;
  static long doc;
  static long code;
  static long annCoding;
  static long theme;
  static long annId;

  @BeforeAll
  static void start() {
    project = Project.create(dir.resolve("project"));
    Accounts accounts = ServerLauncher.accounts(project);
    accounts.create("olivia", Role.OWNER, Optional.of(PASSWORD), "test");
    accounts.create("ann", Role.CODER, Optional.of(PASSWORD), "test");
    accounts.create("ben", Role.CODER, Optional.of(PASSWORD), "test");
    accounts.create("vic", Role.VIEWER, Optional.of(PASSWORD), "test");
    doc =
        project
            .store()
            .documents()
            .add(
                new DocumentContent(
                    "P01",
                    Language.ENGLISH,
                    SourceFormat.TXT,
                    "Hope grows here. Family helps a lot.",
                    List.of(),
                    List.of()),
                "test")
            .id()
            .value();
    server = ServerLauncher.start(project, "127.0.0.1", 0, ServerConfig.defaults());
    olivia = login("olivia");
    ann = login("ann");
    ben = login("ben");
    vic = login("vic");
    annId = ann.get("/api/session").json().at("/user/coderId").asLong();
    code = ok(ann.post("/api/codes", Map.of("name", "Hope"))).get("id").asLong();
    annCoding =
        ok(ann.post(
                "/api/codings",
                Map.of(
                    "document",
                    doc,
                    "code",
                    code,
                    "start",
                    0,
                    "end",
                    16,
                    "memo",
                    "ann: hopeful opening")))
            .get("id")
            .asLong();
    ok(ann.post("/api/memos", Map.of("text", "ann: project plan")));
    ok(ann.post("/api/memos", Map.of("text", "ann: long pauses", "document", doc)));
    ok(ann.post("/api/memos", Map.of("text", "ann: about hope", "code", code)));
    // the owner writes a memo on ann's coding: it is about ann's layer
    ok(olivia.post("/api/memos", Map.of("text", "olivia: on ann's coding", "coding", annCoding)));
    ok(ben.post("/api/memos", Map.of("text", "ben: project thoughts")));
    theme = ok(ann.post("/api/themes", Map.of("name", "Hope"))).get("id").asLong();
    ok(ann.patch("/api/themes/" + theme, Map.of("memo", "team: hope is central")));
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

  static JsonNode ok(ApiClient.Response r) {
    assertThat(r.status()).as(r.text()).isBetween(200, 201);
    return r.json();
  }

  static List<String> texts(ApiClient.Response r) {
    JsonNode body = ok(r);
    List<String> out = new ArrayList<>();
    body.get("memos").forEach(m -> out.add(m.get("text").asText()));
    return out;
  }

  @Test
  void a_viewer_reads_every_kind_of_memo_in_one_list_with_its_target() {
    JsonNode list = ok(vic.get("/api/memos/list"));
    assertThat(list.get("truncated").asBoolean()).isFalse();
    Map<String, JsonNode> byText = new java.util.HashMap<>();
    list.get("memos").forEach(m -> byText.put(m.get("text").asText(), m));
    assertThat(byText)
        .containsOnlyKeys(
            "ann: hopeful opening",
            "ann: project plan",
            "ann: long pauses",
            "ann: about hope",
            "olivia: on ann's coding",
            "ben: project thoughts",
            "team: hope is central");
    JsonNode coding = byText.get("ann: hopeful opening");
    assertThat(coding.get("kind").asText()).isEqualTo("coding");
    assertThat(coding.get("source").asText()).isEqualTo("coding");
    assertThat(coding.get("codeName").asText()).isEqualTo("Hope");
    assertThat(coding.get("documentName").asText()).isEqualTo("P01");
    assertThat(coding.get("start").asInt()).isZero();
    assertThat(coding.get("end").asInt()).isEqualTo(16);
    assertThat(coding.get("authorName").asText()).isEqualTo("ann");
    JsonNode onCoding = byText.get("olivia: on ann's coding");
    assertThat(onCoding.get("kind").asText()).isEqualTo("coding");
    assertThat(onCoding.get("source").asText()).isEqualTo("memo");
    assertThat(onCoding.get("coding").asLong()).isEqualTo(annCoding);
    assertThat(byText.get("ann: long pauses").get("kind").asText()).isEqualTo("document");
    assertThat(byText.get("ann: about hope").get("kind").asText()).isEqualTo("code");
    assertThat(byText.get("ann: project plan").get("kind").asText()).isEqualTo("project");
    JsonNode t = byText.get("team: hope is central");
    assertThat(t.get("kind").asText()).isEqualTo("theme");
    assertThat(t.get("theme").asLong()).isEqualTo(theme);
    assertThat(t.get("themeName").asText()).isEqualTo("Hope");
    assertThat(t.get("author").isNull()).isTrue();
  }

  @Test
  void the_list_filters_by_kind_author_target_and_text() {
    assertThat(texts(vic.get("/api/memos/list?kind=project")))
        .containsExactlyInAnyOrder("ann: project plan", "ben: project thoughts");
    assertThat(texts(vic.get("/api/memos/list?author=" + annId)))
        .containsExactlyInAnyOrder(
            "ann: hopeful opening", "ann: project plan", "ann: long pauses", "ann: about hope");
    assertThat(texts(vic.get("/api/memos/list?q=HOPE")))
        .containsExactlyInAnyOrder(
            "ann: hopeful opening", "ann: about hope", "team: hope is central");
    assertThat(texts(vic.get("/api/memos/list?code=" + code)))
        .containsExactlyInAnyOrder(
            "ann: hopeful opening", "ann: about hope", "olivia: on ann's coding");
    assertThat(texts(vic.get("/api/memos/list?theme=" + theme)))
        .containsExactly("team: hope is central");
    // % and _ in the text are matched as themselves, not as patterns
    assertThat(texts(vic.get("/api/memos/list?q=%25"))).isEmpty();
    JsonNode first = ok(vic.get("/api/memos/list?limit=2"));
    assertThat(first.get("memos")).hasSize(2);
    assertThat(first.get("truncated").asBoolean()).isTrue();
  }

  @Test
  void blind_coding_hides_memos_on_another_coders_coding_but_not_theme_memos() {
    try {
      ok(olivia.patch("/api/settings", Map.of("blindCoding", true)));
      List<String> seenByBen = texts(ben.get("/api/memos/list"));
      assertThat(seenByBen)
          .containsExactlyInAnyOrder("ben: project thoughts", "team: hope is central")
          .doesNotContain("ann: hopeful opening", "olivia: on ann's coding");
      assertThat(texts(ben.get("/api/memos/list?kind=coding"))).isEmpty();
      assertThat(texts(ann.get("/api/memos/list?kind=coding")))
          .containsExactly("ann: hopeful opening");
      // the owner sees everything
      assertThat(texts(olivia.get("/api/memos/list"))).hasSize(7);
    } finally {
      olivia.patch("/api/settings", Map.of("blindCoding", false));
    }
    assertThat(texts(ben.get("/api/memos/list"))).hasSize(7);
  }

  @Test
  void bad_queries_answer_400_naming_the_problem_and_viewers_cannot_write() {
    ApiClient.Response kind = vic.get("/api/memos/list?kind=poem");
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.json().get("message").asText())
        .isEqualTo("unknown memo kind 'poem'; use one of project, document, code, theme, coding");
    ApiClient.Response limit = vic.get("/api/memos/list?limit=0");
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.json().get("message").asText()).contains("limit");
    assertThat(vic.get("/api/memos/list?author=x").status()).isEqualTo(400);
    assertThat(vic.post("/api/memos", Map.of("text", "not allowed")).status()).isEqualTo(403);
    assertThat(new ApiClient(server.port()).get("/api/memos/list").status()).isEqualTo(401);
  }
}
