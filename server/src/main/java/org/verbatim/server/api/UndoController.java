package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.coding.UndoService;
import org.verbatim.core.model.Stateful;
import org.verbatim.core.model.UndoOutcome;
import org.verbatim.core.model.UndoState;
import org.verbatim.server.api.Views.CodeView;
import org.verbatim.server.api.Views.CodingView;
import org.verbatim.server.api.Views.MemoView;
import org.verbatim.server.api.Views.UndoStateView;
import org.verbatim.server.api.Views.UndoView;

/** Undo and redo of the caller's own actions, and what they would do next. */
final class UndoController {
  private final UndoService undo;
  private final Broadcaster broadcast;

  UndoController(UndoService undo, Broadcaster broadcast) {
    this.undo = undo;
    this.broadcast = broadcast;
  }

  void state(Context ctx) {
    ctx.json(state(AccessManager.principal(ctx).actor()));
  }

  void undo(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    respond(ctx, actor, undo.undo(actor), "nothing to undo");
  }

  void redo(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    respond(ctx, actor, undo.redo(actor), "nothing to redo");
  }

  private void respond(Context ctx, Actor actor, Optional<UndoOutcome> outcome, String nothing) {
    if (outcome.isEmpty()) {
      throw new ApiException(409, "nothing_to_undo", nothing);
    }
    UndoOutcome o = outcome.get();
    broadcast.undone(o, actor.name());
    ctx.json(
        new UndoView(
            o.actionId(),
            o.label(),
            o.codes().stream().filter(s -> !s.deleted()).map(s -> CodeView.of(s.value())).toList(),
            o.codes().stream().filter(Stateful::deleted).map(s -> s.value().id().value()).toList(),
            o.codings().stream()
                .filter(s -> !s.deleted())
                .map(s -> CodingView.of(s.value()))
                .toList(),
            o.codings().stream()
                .filter(Stateful::deleted)
                .map(s -> s.value().id().value())
                .toList(),
            o.memos().stream().filter(s -> !s.deleted()).map(s -> MemoView.of(s.value())).toList(),
            o.memos().stream()
                .filter(Stateful::deleted)
                .map(s -> s.value().memo().id().value())
                .toList(),
            state(actor)));
  }

  private UndoStateView state(Actor actor) {
    UndoState s = undo.state(actor);
    return new UndoStateView(s.undo().orElse(null), s.redo().orElse(null));
  }
}
