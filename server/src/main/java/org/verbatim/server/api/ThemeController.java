package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeEdit;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.model.ThemeReview;
import org.verbatim.core.model.ThemeStatus;
import org.verbatim.core.themes.EvidenceJson;
import org.verbatim.core.themes.EvidenceService;
import org.verbatim.core.themes.LayerSnapshot;
import org.verbatim.core.themes.Prevalence;
import org.verbatim.core.themes.ThemeProposal;
import org.verbatim.core.themes.ThemeProposals;
import org.verbatim.core.themes.ThemeService;
import org.verbatim.server.auth.Principal;

/**
 * The theme tree: list with prevalence, create, rename/define/memo, move, link and unlink codes,
 * set status (recording the review), delete, reviews, and proposals to accept or dismiss.
 */
final class ThemeController {
  private static final Predicate<Principal> EVERYONE = p -> true;

  private final ThemeService themes;
  private final EvidenceService evidence;
  private final EventHub events;

  ThemeController(ThemeService themes, EvidenceService evidence, EventHub events) {
    this.themes = themes;
    this.evidence = evidence;
    this.events = events;
  }

  void tree(Context ctx) {
    ctx.json(EvidenceJson.tree(evidence.snapshot(EvidenceParams.layer(ctx))));
  }

  void get(Context ctx) {
    ThemeId id = new ThemeId(Bodies.pathId(ctx, "id"));
    ctx.json(node(evidence.snapshot(EvidenceParams.layer(ctx)), themes.get(id)));
  }

  void create(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    ThemeRequests.NewTheme body = Bodies.read(ctx, ThemeRequests.NewTheme.class);
    List<CodeId> codes =
        Optional.ofNullable(body.codes()).orElse(List.of()).stream()
            .map(c -> new CodeId(Bodies.id(c, "codes")))
            .toList();
    Theme t =
        themes.create(
            actor,
            Bodies.optionalId(body.parent(), "parent").map(ThemeId::new),
            Bodies.required(body.name(), "name"),
            Optional.ofNullable(body.definition()).orElse(""),
            codes);
    changed("theme.created", t, actor);
    ctx.status(201).json(node(evidence.snapshot(Optional.empty()), t));
  }

  void update(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    ThemeId id = new ThemeId(Bodies.pathId(ctx, "id"));
    ThemeRequests.ThemeUpdate body = Bodies.read(ctx, ThemeRequests.ThemeUpdate.class);
    Theme t =
        themes.edit(
            actor,
            id,
            Optional.ofNullable(body.version()),
            new ThemeEdit(
                Optional.ofNullable(body.name()),
                Optional.ofNullable(body.definition()),
                Optional.ofNullable(body.memo())));
    changed("theme.updated", t, actor);
    ctx.json(node(evidence.snapshot(Optional.empty()), t));
  }

  void move(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    ThemeId id = new ThemeId(Bodies.pathId(ctx, "id"));
    ThemeRequests.ThemeMove body = Bodies.read(ctx, ThemeRequests.ThemeMove.class);
    Theme t =
        themes.move(
            actor,
            id,
            Optional.ofNullable(body.version()),
            Bodies.optionalId(body.parent(), "parent").map(ThemeId::new),
            Optional.ofNullable(body.position()));
    changed("theme.updated", t, actor);
    ctx.json(node(evidence.snapshot(Optional.empty()), t));
  }

  void link(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    ThemeId id = new ThemeId(Bodies.pathId(ctx, "id"));
    ThemeRequests.ThemeLink body = Bodies.read(ctx, ThemeRequests.ThemeLink.class);
    Theme t = themes.link(actor, id, new CodeId(Bodies.id(body.code(), "code")));
    changed("theme.updated", t, actor);
    ctx.json(node(evidence.snapshot(Optional.empty()), t));
  }

  void unlink(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    ThemeId id = new ThemeId(Bodies.pathId(ctx, "id"));
    Theme t = themes.unlink(actor, id, new CodeId(Bodies.pathId(ctx, "code")));
    changed("theme.updated", t, actor);
    ctx.json(node(evidence.snapshot(Optional.empty()), t));
  }

  void status(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    ThemeId id = new ThemeId(Bodies.pathId(ctx, "id"));
    ThemeRequests.ThemeStatusChange body = Bodies.read(ctx, ThemeRequests.ThemeStatusChange.class);
    Theme t =
        themes.setStatus(
            actor,
            id,
            Optional.ofNullable(body.version()),
            ThemeStatus.of(Bodies.required(body.status(), "status")),
            Optional.ofNullable(body.comment()).orElse(""));
    changed("theme.updated", t, actor);
    ctx.json(node(evidence.snapshot(Optional.empty()), t));
  }

  void delete(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    ThemeId id = new ThemeId(Bodies.pathId(ctx, "id"));
    Optional<Long> version =
        Optional.ofNullable(ctx.queryParam("version")).map(v -> Bodies.versionParam(ctx));
    Theme t = themes.delete(actor, id, version);
    changed("theme.deleted", t, actor);
    ctx.status(204);
  }

  void reviews(Context ctx) {
    ThemeId id = new ThemeId(Bodies.pathId(ctx, "id"));
    ctx.json(themes.reviews(id).stream().map(ThemeController::review).toList());
  }

  void allReviews(Context ctx) {
    ctx.json(themes.allReviews().stream().map(ThemeController::review).toList());
  }

  void proposals(Context ctx) {
    LayerSnapshot s = evidence.snapshot(EvidenceParams.layer(ctx));
    ctx.json(
        EvidenceJson.proposals(
            s.layer().label(), ThemeProposals.propose(s, themes.dismissedProposals())));
  }

  void acceptProposal(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    ThemeProposal p = proposal(ctx);
    ThemeRequests.AcceptProposal body = Bodies.read(ctx, ThemeRequests.AcceptProposal.class);
    String name =
        Optional.ofNullable(body.name())
            .filter(n -> !n.isBlank())
            .orElse(
                String.join(
                    ", ",
                    p.topWords().isEmpty()
                        ? List.of("New theme")
                        : p.topWords().subList(0, Math.min(3, p.topWords().size()))));
    Theme t =
        themes.create(
            actor,
            Bodies.optionalId(body.parent(), "parent").map(ThemeId::new),
            name,
            "",
            p.codes().stream().map(r -> new CodeId(r.id())).toList());
    changed("theme.created", t, actor);
    ctx.status(201).json(node(evidence.snapshot(Optional.empty()), t));
  }

  void dismissProposal(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    String key = ctx.pathParam("key");
    themes.dismissProposal(actor, key);
    ctx.status(204);
  }

  private ThemeProposal proposal(Context ctx) {
    String key = ctx.pathParam("key");
    LayerSnapshot s = evidence.snapshot(EvidenceParams.layer(ctx));
    return ThemeProposals.propose(s, themes.dismissedProposals()).stream()
        .filter(p -> p.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no current proposal '" + key + "'"));
  }

  private static Map<String, Object> node(LayerSnapshot s, Theme t) {
    Map<String, Object> m =
        EvidenceJson.node(s, t, Prevalence.support(s, s.supportingCodes(t.id())), List.of());
    m.remove("children");
    m.put("parent", t.parent().map(ThemeId::value).orElse(null));
    m.put("position", t.position());
    m.put("layer", s.layer().label());
    return m;
  }

  private static Map<String, Object> review(ThemeReview r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("theme", r.theme().value());
    m.put("from", r.from().code());
    m.put("to", r.to().code());
    m.put("actor", r.actor());
    m.put("at", r.at().toString());
    m.put("comment", r.comment());
    return m;
  }

  private void changed(String event, Theme t, Actor actor) {
    events.publish(event, Map.of("by", actor.name(), "id", t.id().value()), EVERYONE);
  }
}
