package org.verbatim.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.ParticipantRow;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerConfig;
import org.verbatim.server.ServerLauncher;
import org.verbatim.server.auth.Accounts;

/** Theme and evidence routes on a real server on 127.0.0.1. */
class ThemeApiIT {
  static final String PASSWORD = "a-long-test-password";
  static final String TEXT = "Hope grows here. Family helps a lot. Money is short.";

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;
  static ApiClient ann;
  static ApiClient vic;
  static long hope;
  static long family;
  static long money;

  @BeforeAll
  static void start() {
    project = Project.create(dir.resolve("project"));
    Accounts accounts = ServerLauncher.accounts(project);
    accounts.create("ann", Role.CODER, Optional.of(PASSWORD), "test");
    accounts.create("vic", Role.VIEWER, Optional.of(PASSWORD), "test");
    List<ParticipantRow> rows = new ArrayList<>();
    List<Long> docs = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      docs.add(document("P0" + i, TEXT + " #" + i));
      rows.add(
          new ParticipantRow(
              "P0" + i,
              "Nurse " + i,
              Map.of("discipline", i == 3 ? "social work" : "nursing"),
              "t"));
    }
    project.store().participants().attach(rows, "test");
    server = ServerLauncher.start(project, "127.0.0.1", 0, ServerConfig.defaults());
    ann = login("ann");
    vic = login("vic");
    hope = ok(ann.post("/api/codes", Map.of("name", "Hope"))).get("id").asLong();
    family = ok(ann.post("/api/codes", Map.of("name", "Family"))).get("id").asLong();
    money = ok(ann.post("/api/codes", Map.of("name", "Money"))).get("id").asLong();
    // Hope in P01, P02; Family in P01 (overlapping Hope), P03; Money in P03
    code(docs.get(0), hope, 0, 16);
    code(docs.get(0), family, 10, 36);
    code(docs.get(1), hope, 0, 16);
    code(docs.get(2), family, 17, 36);
    code(docs.get(2), money, 37, 52);
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

  static long document(String name, String text) {
    List<Sentence> sentences = new ArrayList<>();
    int s = 0;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', s)) {
      sentences.add(new Sentence(sentences.size(), new Span(s, dot + 1)));
      s = dot + 2;
    }
    return project
        .store()
        .documents()
        .add(
            new DocumentContent(
                name, Language.ENGLISH, SourceFormat.TXT, text, List.of(), sentences),
            "test")
        .id()
        .value();
  }

  static ApiClient login(String user) {
    ApiClient c = new ApiClient(server.port());
    assertThat(c.login(user, PASSWORD).status()).isEqualTo(200);
    return c;
  }

  static void code(long doc, long code, int start, int end) {
    ApiClient.Response r =
        ann.post("/api/codings", Map.of("document", doc, "code", code, "start", start, "end", end));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
  }

  static JsonNode ok(ApiClient.Response r) {
    assertThat(r.status()).as(r.text()).isBetween(200, 201);
    return r.json();
  }

  static long theme(String name, Long parent, List<Long> codes) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("codes", codes);
    if (parent != null) {
      body.put("parent", parent);
    }
    return ok(ann.post("/api/themes", body)).get("id").asLong();
  }

  @Test
  void a_coder_builds_a_tree_and_everyone_sees_n_of_n_participants() {
    long top = theme("Support", null, List.of());
    long sub = theme("Hope in support", top, List.of(hope));
    JsonNode linked = ok(ann.post("/api/themes/" + sub + "/codes", Map.of("code", family)));
    assertThat(linked.get("codes")).extracting(JsonNode::asText).containsExactly("Hope", "Family");
    assertThat(linked.get("participants").asInt()).isEqualTo(3);

    JsonNode tree = ok(vic.get("/api/themes"));
    assertThat(tree.get("layer").asText()).isEqualTo("all coders (ann) (default)");
    JsonNode support = find(tree.get("themes"), "Support");
    assertThat(support.get("participants").asInt()).isEqualTo(3);
    assertThat(support.get("of").asInt()).isEqualTo(3);
    assertThat(support.get("children").get(0).get("name").asText()).isEqualTo("Hope in support");

    JsonNode status =
        ok(
            ann.put(
                "/api/themes/" + sub + "/status", Map.of("status", "reviewed", "comment", "ok")));
    assertThat(status.get("status").asText()).isEqualTo("reviewed");
    JsonNode reviews = ok(vic.get("/api/themes/" + sub + "/reviews"));
    assertThat(reviews.get(0).get("actor").asText()).isEqualTo("ann");
    assertThat(reviews.get(0).get("comment").asText()).isEqualTo("ok");

    JsonNode passages = ok(vic.get("/api/themes/" + sub + "/passages?where.discipline=nursing"));
    assertThat(passages.get("total").asInt()).isEqualTo(3);
    assertThat(passages.get("passages").get(0).get("text").asText()).isEqualTo("Hope grows here.");
    JsonNode and = ok(vic.get("/api/codes/" + hope + "/passages?and=" + family + "&near=overlap"));
    assertThat(and.get("total").asInt()).isEqualTo(1);
  }

  @Test
  void bad_theme_changes_answer_400_403_404_and_409_with_the_reason() {
    long a = theme("A", null, List.of());
    long b = theme("B", a, List.of());
    ApiClient.Response cycle = ann.put("/api/themes/" + a + "/parent", Map.of("parent", b));
    assertThat(cycle.status()).isEqualTo(409);
    assertThat(cycle.json().get("message").asText())
        .isEqualTo("cannot move theme 'A' under its own subtheme 'B'");
    ApiClient.Response blank = ann.post("/api/themes", Map.of("name", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().get("message").asText()).isEqualTo("theme name must not be blank");
    ApiClient.Response unknown = ann.post("/api/themes/" + a + "/codes", Map.of("code", 9999));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).isEqualTo("no code with id 9999 to link");
    assertThat(vic.post("/api/themes", Map.of("name", "V")).status()).isEqualTo(403);
    assertThat(vic.get("/api/themes/99999").status()).isEqualTo(404);
    assertThat(vic.get("/api/analysis/matrix?by=nope").status()).isEqualTo(400);
    assertThat(vic.get("/api/analysis/prevalence?layer=nobody").json().get("message").asText())
        .startsWith("unknown coder 'nobody'");
  }

  @Test
  void analysis_routes_give_matrix_cooccurrence_saturation_and_layers() {
    JsonNode matrix = ok(vic.get("/api/analysis/matrix?rows=codes&by=discipline&count=passages"));
    assertThat(matrix.get("columns"))
        .extracting(JsonNode::asText)
        .containsExactly("nursing", "social work");
    JsonNode cooc = ok(vic.get("/api/analysis/cooccurrence"));
    List<String> names = new ArrayList<>();
    cooc.get("codes").forEach(c -> names.add(c.get("name").asText()));
    int h = names.indexOf("Hope");
    int f = names.indexOf("Family");
    // Hope and Family overlap in P01 only; runs: P01 one joint, P02 Hope, P03 Family -> 1 of 3
    assertThat(cooc.get("counts").get(h).get(f).asInt()).isEqualTo(1);
    assertThat(cooc.get("jaccard").get(h).get(f).asDouble()).isEqualTo(1 / 3.0);
    JsonNode sat = ok(vic.get("/api/analysis/saturation?k=1"));
    // P01 +Hope, Family; P02 nothing new; P03 +Money -> after interview 1 one interview adds none
    assertThat(sat.get("point").asInt()).isEqualTo(1);
    JsonNode layers = ok(vic.get("/api/analysis/layers"));
    assertThat(layers.get("default").asText()).isEqualTo("all");
  }

  @Test
  void search_with_a_code_and_no_words_lists_the_codes_passages_server_side() {
    JsonNode hits = ok(vic.get("/api/search?code=Family&coder=ann"));
    assertThat(hits.get("totalHits").asInt()).isEqualTo(2);
    assertThat(hits.get("hits").get(0).get("match").asText())
        .isEqualTo(" here. Family helps a lot.");
    assertThat(
            ok(vic.get("/api/search?code=Family&where.discipline=nursing"))
                .get("totalHits")
                .asInt())
        .isEqualTo(1);
    assertThat(vic.get("/api/search?code=Nope").status()).isEqualTo(400);
    assertThat(vic.get("/api/search").status()).isEqualTo(400);
  }

  static JsonNode find(JsonNode list, String name) {
    for (JsonNode n : list) {
      if (n.get("name").asText().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("no theme " + name + " in " + list);
  }
}
