package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.RuleBatch;
import org.verbatim.core.reconcile.BulkReconciliation;
import org.verbatim.core.reconcile.ReconcileRule;
import org.verbatim.core.reconcile.RuleApplication;
import org.verbatim.core.reconcile.RulePreview;
import org.verbatim.core.reconcile.RuleSyntax;

/** Reconciliation rules over a document or the study: preview, apply, list and undo batches. */
final class ReconcileRulesController {
  private final BulkReconciliation bulk;

  ReconcileRulesController(BulkReconciliation bulk) {
    this.bulk = bulk;
  }

  /** The body of a preview or apply: compared coder ids, rules in order, optional document id. */
  record RulesBody(
      @Nullable List<Long> coders, @Nullable List<String> rules, @Nullable Long document) {}

  void preview(Context ctx) {
    Parsed p = parse(ctx);
    ctx.json(view(bulk.preview(actor(ctx), p.document(), p.coders(), p.rules())));
  }

  void apply(Context ctx) {
    Parsed p = parse(ctx);
    RuleApplication done = bulk.apply(actor(ctx), p.document(), p.coders(), p.rules());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("batch", view(done.batch()));
    m.put("before", view(done.before()));
    m.put("after", view(done.after()));
    ctx.status(201).json(m);
  }

  /** {@code ?coders=1,2[&document=ID]}: disagreements, decided and open, study and per document. */
  void progress(Context ctx) {
    List<CoderId> coders = ReconcileController.coderParam(ctx.queryParam("coders"));
    String doc = ctx.queryParam("document");
    Optional<DocumentId> document = Optional.empty();
    if (doc != null && !doc.isBlank()) {
      try {
        document = Optional.of(new DocumentId(Long.parseLong(doc.strip())));
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("document must be a document id, was '" + doc + "'");
      }
    }
    ctx.json(view(bulk.progress(actor(ctx), document, coders)));
  }

  void batches(Context ctx) {
    ctx.json(bulk.batches(actor(ctx)).stream().map(ReconcileRulesController::view).toList());
  }

  void undo(Context ctx) {
    ctx.json(view(bulk.undo(actor(ctx), Bodies.pathId(ctx, "id"))));
  }

  private record Parsed(
      List<CoderId> coders, List<ReconcileRule> rules, Optional<DocumentId> document) {}

  private static Parsed parse(Context ctx) {
    RulesBody body = Bodies.read(ctx, RulesBody.class);
    List<Long> ids = Bodies.required(body.coders(), "coders");
    for (int i = 0; i < ids.size(); i++) {
      Bodies.id(ids.get(i), "coders[" + i + "]");
    }
    if (new HashSet<>(ids).size() != ids.size()) {
      throw ApiException.badRequest("'coders' names a coder twice: " + ids);
    }
    List<String> texts = Bodies.required(body.rules(), "rules");
    List<ReconcileRule> rules = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rules.add(RuleSyntax.parse(Bodies.required(texts.get(i), "rules[" + i + "]")));
    }
    return new Parsed(
        ids.stream().map(CoderId::new).toList(),
        rules,
        Bodies.optionalId(body.document(), "document").map(DocumentId::new));
  }

  private static Actor actor(Context ctx) {
    return AccessManager.principal(ctx).actor();
  }

  static Map<String, Object> view(RulePreview p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("disagreements", p.disagreements());
    m.put("decided", p.decided());
    m.put("open", p.open());
    m.put("openAfter", p.openAfter());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RulePreview.RuleCount r : p.rules()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("rule", r.rule());
      one.put("settles", r.settles());
      one.put("leavesOpen", r.leavesOpen());
      one.put("examples", r.examples());
      rules.add(one);
    }
    m.put("rules", rules);
    m.put("documents", p.documents());
    return m;
  }

  static Map<String, @Nullable Object> view(RuleBatch b) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("id", b.id());
    m.put("actor", b.actor());
    m.put("at", b.at().toString());
    m.put("rules", b.rules());
    m.put("decisions", b.decisions());
    m.put("undoneAt", b.undoneAt().map(Object::toString).orElse(null));
    return m;
  }
}
