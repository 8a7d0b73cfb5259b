package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.coding.CodebookService;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeDeletion;
import org.verbatim.core.model.CodeEdit;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodeMerge;
import org.verbatim.server.api.Views.CodeView;
import org.verbatim.server.api.Views.MergeView;

/** The shared codebook: list, create, rename/define/recolour, move, merge, delete. */
final class CodeController {
  private final CodebookService codebook;
  private final Broadcaster broadcast;

  CodeController(CodebookService codebook, Broadcaster broadcast) {
    this.codebook = codebook;
    this.broadcast = broadcast;
  }

  void list(Context ctx) {
    ctx.json(codebook.list().stream().map(CodeView::of).toList());
  }

  void create(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    Requests.NewCode body = Bodies.read(ctx, Requests.NewCode.class);
    Code code =
        codebook.create(
            actor,
            Bodies.optionalId(body.parent(), "parent").map(CodeId::new),
            Bodies.required(body.name(), "name"),
            Optional.ofNullable(body.definition()).orElse(""),
            Optional.ofNullable(body.colour()));
    broadcast.codeChanged("code.created", code, actor.name());
    ctx.status(201).json(CodeView.of(code));
  }

  void update(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    CodeId id = new CodeId(Bodies.pathId(ctx, "id"));
    Requests.CodeUpdate body = Bodies.read(ctx, Requests.CodeUpdate.class);
    CodeEdit edit =
        new CodeEdit(
            Optional.ofNullable(body.name()),
            Optional.ofNullable(body.definition()),
            Optional.ofNullable(body.colour()));
    Code code = codebook.edit(actor, id, Bodies.required(body.version(), "version"), edit);
    broadcast.codeChanged("code.updated", code, actor.name());
    ctx.json(CodeView.of(code));
  }

  void move(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    CodeId id = new CodeId(Bodies.pathId(ctx, "id"));
    Requests.CodeMove body = Bodies.read(ctx, Requests.CodeMove.class);
    Code code =
        codebook.move(
            actor,
            id,
            Bodies.required(body.version(), "version"),
            Bodies.optionalId(body.parent(), "parent").map(CodeId::new));
    broadcast.codeChanged("code.updated", code, actor.name());
    ctx.json(CodeView.of(code));
  }

  void merge(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    CodeId id = new CodeId(Bodies.pathId(ctx, "id"));
    Requests.CodeMerge body = Bodies.read(ctx, Requests.CodeMerge.class);
    CodeMerge merge =
        codebook.merge(
            actor,
            id,
            Bodies.required(body.version(), "version"),
            new CodeId(Bodies.id(body.into(), "into")));
    broadcast.codesMerged(merge, actor.name());
    ctx.json(
        new MergeView(
            CodeView.of(merge.target()),
            id.value(),
            merge.moved().size(),
            merge.removedDuplicates().size()));
  }

  void delete(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    CodeId id = new CodeId(Bodies.pathId(ctx, "id"));
    CodeDeletion deletion = codebook.delete(actor, id, Bodies.versionParam(ctx));
    broadcast.codeDeleted(deletion, actor.name());
    ctx.status(204);
  }
}
