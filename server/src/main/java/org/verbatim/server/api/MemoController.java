package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.coding.MemoService;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.MemoFilter;
import org.verbatim.core.model.MemoId;
import org.verbatim.core.model.MemoKind;
import org.verbatim.core.model.MemoList;
import org.verbatim.core.model.MemoQuery;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.model.VersionedMemo;
import org.verbatim.server.api.Views.MemoView;

/**
 * Memos: list (filtered by what they are attached to), the memo list of every kind (filtered by
 * kind, author, target and text), write, edit, delete.
 */
final class MemoController {
  private final MemoService memos;
  private final Broadcaster broadcast;

  MemoController(MemoService memos, Broadcaster broadcast) {
    this.memos = memos;
    this.broadcast = broadcast;
  }

  void list(Context ctx) {
    MemoFilter filter =
        new MemoFilter(
            Optional.empty(),
            optionalId(ctx, "document").map(DocumentId::new),
            optionalId(ctx, "code").map(CodeId::new),
            optionalId(ctx, "coding").map(CodingId::new));
    ctx.json(
        memos.list(AccessManager.principal(ctx).actor(), filter).stream()
            .map(MemoView::of)
            .toList());
  }

  void entries(Context ctx) {
    MemoQuery query =
        new MemoQuery(
            Optional.ofNullable(ctx.queryParam("kind")).filter(k -> !k.isBlank()).map(MemoKind::of),
            optionalId(ctx, "author").map(CoderId::new),
            Optional.ofNullable(ctx.queryParam("q")),
            optionalId(ctx, "document").map(DocumentId::new),
            optionalId(ctx, "code").map(CodeId::new),
            optionalId(ctx, "theme").map(ThemeId::new),
            Optional.empty());
    int limit = QueryParams.intOr(ctx, "limit", 500, 1, MemoService.MAX_LIST);
    MemoList list = memos.entries(AccessManager.principal(ctx).actor(), query, limit);
    ctx.json(
        java.util.Map.of(
            "memos",
            list.entries().stream().map(MemoEntryView::of).toList(),
            "truncated",
            list.truncated()));
  }

  void create(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    Requests.NewMemo body = Bodies.read(ctx, Requests.NewMemo.class);
    VersionedMemo memo =
        memos.create(
            actor,
            Bodies.optionalId(body.document(), "document").map(DocumentId::new),
            Bodies.optionalId(body.code(), "code").map(CodeId::new),
            Bodies.optionalId(body.coding(), "coding").map(CodingId::new),
            Bodies.required(body.text(), "text"));
    broadcast.memoChanged("memo.created", memo, actor.name());
    ctx.status(201).json(MemoView.of(memo));
  }

  void update(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    Requests.MemoUpdate body = Bodies.read(ctx, Requests.MemoUpdate.class);
    VersionedMemo memo =
        memos.edit(
            actor,
            new MemoId(Bodies.pathId(ctx, "id")),
            Bodies.required(body.version(), "version"),
            Bodies.required(body.text(), "text"));
    broadcast.memoChanged("memo.updated", memo, actor.name());
    ctx.json(MemoView.of(memo));
  }

  void delete(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    VersionedMemo memo =
        memos.delete(actor, new MemoId(Bodies.pathId(ctx, "id")), Bodies.versionParam(ctx));
    broadcast.memoDeleted(memo, actor.name());
    ctx.status(204);
  }

  private static Optional<Long> optionalId(Context ctx, String name) {
    return QueryParams.optionalId(ctx, name);
  }
}
