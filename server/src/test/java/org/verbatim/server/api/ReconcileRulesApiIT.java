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
import org.verbatim.core.model.Role;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;

/** Reconciliation rule routes on a real server on 127.0.0.1: preview, apply, undo, owner only. */
class ReconcileRulesApiIT {
  static final String PASSWORD = "a-long-test-password";

  @TempDir static Path dir;
  static Project project;
  static ServerLauncher.Running server;
  static ApiClient olivia;
  static ApiClient ann;
  static ApiClient ben;
  static long annId;
  static long benId;
  static long hope;

  @BeforeAll
  static void start() {
    project = Project.create(dir.resolve("project"));
    Accounts accounts = ServerLauncher.accounts(project);
    accounts.create("olivia", Role.OWNER, Optional.of(PASSWORD), "test");
    accounts.create("ann", Role.CODER, Optional.of(PASSWORD), "test");
    accounts.create("ben", Role.CODER, Optional.of(PASSWORD), "test");
    server = ServerLauncher.start(project, "127.0.0.1", 0, ServerConfig.defaults());
    olivia = login("olivia");
    ann = login("ann");
    ben = login("ben");
    annId = ann.get("/api/session").json().at("/user/coderId").asLong();
    benId = ben.get("/api/session").json().at("/user/coderId").asLong();
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

  private Map<String, Object> body(long doc, String... rules) {
    return Map.of("coders", List.of(annId, benId), "rules", List.of(rules), "document", doc);
  }

  @Test
  void theOwnerPreviewsAppliesAndUndoesARuleOverADocument() {
    long doc = ReconcileApiIT.documentIn(project, "RR1", "Peer support kept me going. It did.");
    ReconcileApiIT.codeAs(ann, doc, hope, 0, 27);
    ReconcileApiIT.codeAs(ben, doc, hope, 0, 24);

    ApiClient.Response preview =
        olivia.post("/api/reconcile/rules/preview", body(doc, "same-code within=5 take=union"));
    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    JsonNode p = preview.json();
    assertThat(p.get("open").asInt()).isEqualTo(1);
    assertThat(p.at("/rules/0/rule").asText()).isEqualTo("same-code within=5 take=union");
    assertThat(p.at("/rules/0/settles").asInt()).isEqualTo(1);
    assertThat(p.at("/rules/0/examples/0/documentName").asText()).isEqualTo("RR1");

    ApiClient.Response applied =
        olivia.post("/api/reconcile/rules/apply", body(doc, "same-code within=5 take=union"));
    assertThat(applied.status()).as(applied.text()).isEqualTo(201);
    JsonNode a = applied.json();
    assertThat(a.at("/batch/decisions").asInt()).isEqualTo(1);
    assertThat(a.at("/after/open").asInt()).isZero();
    JsonNode decisions = olivia.get("/api/documents/" + doc + "/decisions").json();
    assertThat(decisions.get(0).get("reason").asText())
        .isEqualTo("rule: same-code within=5 take=union");

    long batch = a.at("/batch/id").asLong();
    ApiClient.Response undone =
        olivia.post("/api/reconcile/rules/batches/" + batch + "/undo", Map.of());
    assertThat(undone.status()).as(undone.text()).isEqualTo(200);
    assertThat(undone.json().get("undoneAt").isNull()).isFalse();
    ApiClient.Response again =
        olivia.post("/api/reconcile/rules/batches/" + batch + "/undo", Map.of());
    assertThat(again.status()).isEqualTo(409);
    assertThat(
            olivia
                .post("/api/reconcile/rules/preview", body(doc, "same-code within=5 take=union"))
                .json()
                .get("open")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void aCoderMayNotApplyRulesAndABadRuleIsA400NamingIt() {
    long doc = ReconcileApiIT.documentIn(project, "RR2", "Another text here. Yes.");
    assertThat(
            ann.post("/api/reconcile/rules/apply", body(doc, "parent-child take=child")).status())
        .isEqualTo(403);
    ApiClient.Response bad =
        olivia.post("/api/reconcile/rules/preview", body(doc, "same-code near=3 take=union"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).contains("'near'");
  }
}
