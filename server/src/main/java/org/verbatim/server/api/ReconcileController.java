package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.agreement.project.AgreementUnit;
import org.verbatim.core.agreement.report.AgreementJsonView;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.coding.CodingService;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.reconcile.Decided;
import org.verbatim.core.reconcile.Outcome;
import org.verbatim.core.reconcile.ReconciliationService;
import org.verbatim.server.api.ReconcileViews.AcceptedView;
import org.verbatim.server.api.ReconcileViews.ConsensusView;
import org.verbatim.server.api.ReconcileViews.DecidedView;
import org.verbatim.server.api.ReconcileViews.DecisionView;
import org.verbatim.server.api.ReconcileViews.ReviewView;
import org.verbatim.server.api.Views.CoderView;

/**
 * Reconciliation of one document: its disagreements, deciding them, accepting agreements, the
 * decision history, the consensus layer, and agreement recomputed on demand (also project-wide).
 */
final class ReconcileController {
  private final ReconciliationService reconcile;
  private final CodingService coders;
  private final Broadcaster broadcast;

  ReconcileController(
      ReconciliationService reconcile, CodingService coders, Broadcaster broadcast) {
    this.reconcile = reconcile;
    this.coders = coders;
    this.broadcast = broadcast;
  }

  void disagreements(Context ctx) {
    Map<CoderId, CoderView> names = new HashMap<>();
    coders.coders().forEach(c -> names.put(c.id(), CoderView.of(c)));
    ctx.json(
        ReviewView.of(
            reconcile.review(actor(ctx), document(ctx), coderParam(ctx.queryParam("coders"))),
            names));
  }

  void decide(Context ctx) {
    Actor actor = actor(ctx);
    DocumentId document = document(ctx);
    Requests.Decide body = Bodies.read(ctx, Requests.Decide.class);
    Outcome.Type type = Outcome.Type.parseChoice(Bodies.required(body.outcome(), "outcome"));
    Outcome outcome =
        switch (type) {
          case ACCEPT -> Outcome.accept(new CoderId(Bodies.id(body.coder(), "coder")));
          case MERGE -> Outcome.merge(new CodeId(Bodies.id(body.code(), "code")));
          default -> Outcome.drop();
        };
    if (type != Outcome.Type.ACCEPT && body.coder() != null) {
      throw ApiException.badRequest("field 'coder' applies only to outcome 'accept'");
    }
    if (type != Outcome.Type.MERGE && body.code() != null) {
      throw ApiException.badRequest("field 'code' applies only to outcome 'merge'");
    }
    String key = Bodies.required(body.key(), "key");
    Decided decided =
        reconcile.decide(
            actor,
            document,
            coderList(body.coders()),
            key,
            outcome,
            Optional.ofNullable(body.reason()).orElse(""));
    announce(document, List.of(decided), actor);
    ctx.status(201).json(DecidedView.of(decided));
  }

  void acceptAgreements(Context ctx) {
    Actor actor = actor(ctx);
    DocumentId document = document(ctx);
    Requests.AcceptAgreements body =
        ctx.body().isBlank()
            ? new Requests.AcceptAgreements(null, null)
            : Bodies.read(ctx, Requests.AcceptAgreements.class);
    List<Decided> accepted =
        reconcile.acceptAgreements(
            actor,
            document,
            coderList(body.coders()),
            Optional.ofNullable(body.reason()).orElse(""));
    announce(document, accepted, actor);
    ctx.json(new AcceptedView(accepted.size(), accepted.stream().map(DecidedView::of).toList()));
  }

  void history(Context ctx) {
    ctx.json(reconcile.history(actor(ctx), document(ctx)).stream().map(DecisionView::of).toList());
  }

  void consensus(Context ctx) {
    ctx.json(
        reconcile.consensus(actor(ctx), document(ctx)).stream().map(ConsensusView::of).toList());
  }

  void documentAgreement(Context ctx) {
    agreement(ctx, Optional.of(document(ctx)));
  }

  void projectAgreement(Context ctx) {
    agreement(ctx, Optional.empty());
  }

  /**
   * {@code ?unit=sentence&coders=1,2}; with {@code by=themes} (and {@code depth=N}, default 0) the
   * codings are rolled up to theme nodes.
   */
  private void agreement(Context ctx, Optional<DocumentId> document) {
    AgreementUnit unit =
        AgreementUnit.parse(Optional.ofNullable(ctx.queryParam("unit")).orElse("sentence"));
    String by = Optional.ofNullable(ctx.queryParam("by")).orElse("codes");
    List<CoderId> coders = coderParam(ctx.queryParam("coders"));
    switch (by) {
      case "codes" -> {
        if (ctx.queryParam("depth") != null) {
          throw ApiException.badRequest("'depth' applies only with by=themes");
        }
        ctx.json(AgreementJsonView.of(reconcile.agreement(actor(ctx), document, coders, unit)));
      }
      case "themes" ->
          ctx.json(
              AgreementJsonView.of(
                  reconcile.themeAgreement(actor(ctx), document, coders, unit, depth(ctx))));
      default -> throw ApiException.badRequest("'by' must be codes or themes, was '" + by + "'");
    }
  }

  private static int depth(Context ctx) {
    String raw = Optional.ofNullable(ctx.queryParam("depth")).orElse("0").strip();
    try {
      int depth = Integer.parseInt(raw);
      if (depth < 0 || depth > 64) {
        throw ApiException.badRequest("'depth' must lie in 0..64, was " + depth);
      }
      return depth;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'depth' must be a whole number, was '" + raw + "'");
    }
  }

  private void announce(DocumentId document, List<Decided> decided, Actor actor) {
    if (decided.isEmpty()) {
      return;
    }
    List<Coding> created = new ArrayList<>();
    List<Coding> removed = new ArrayList<>();
    decided.forEach(
        d -> {
          created.addAll(d.created());
          removed.addAll(d.removed());
        });
    broadcast.decided(
        document.value(),
        decided.stream().map(d -> DecisionView.of(d.decision())).toList(),
        created,
        removed,
        actor.name());
  }

  private static Actor actor(Context ctx) {
    return AccessManager.principal(ctx).actor();
  }

  private static DocumentId document(Context ctx) {
    return new DocumentId(Bodies.pathId(ctx, "id"));
  }

  /** {@code ?coders=3,1}: coder ids in the order their sides are shown; empty for the default. */
  static List<CoderId> coderParam(@Nullable String raw) {
    String text = Optional.ofNullable(raw).orElse("").strip();
    if (text.isEmpty()) {
      return List.of();
    }
    try {
      return distinct(
          Arrays.stream(text.split(",")).map(String::strip).map(Long::parseLong).toList(),
          "coders");
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "coders must be a comma-separated list of coder ids, was '" + text + "'");
    }
  }

  private static List<CoderId> coderList(@Nullable List<Long> ids) {
    if (ids == null) {
      return List.of();
    }
    for (int i = 0; i < ids.size(); i++) {
      Bodies.id(ids.get(i), "coders[" + i + "]");
    }
    return distinct(ids, "coders");
  }

  private static List<CoderId> distinct(List<Long> ids, String field) {
    if (new HashSet<>(ids).size() != ids.size()) {
      throw ApiException.badRequest("'" + field + "' names a coder twice: " + ids);
    }
    for (long id : ids) {
      if (id <= 0) {
        throw ApiException.badRequest("'" + field + "' must hold positive ids, was " + ids);
      }
    }
    return ids.stream().map(CoderId::new).toList();
  }
}
