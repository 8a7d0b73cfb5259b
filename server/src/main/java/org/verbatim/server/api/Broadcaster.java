package org.verbatim.server.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.verbatim.core.coding.CodingService;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeDeletion;
import org.verbatim.core.model.CodeMerge;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.Stateful;
import org.verbatim.core.model.UndoOutcome;
import org.verbatim.core.model.VersionedMemo;
import org.verbatim.core.reconcile.ReconciliationService;
import org.verbatim.server.api.Views.CodeView;
import org.verbatim.server.api.Views.CodingView;
import org.verbatim.server.api.Views.MemoView;
import org.verbatim.server.auth.Principal;

/**
 * Turns changes into small live-update events, each addressed only to users who may see it: code
 * events to everyone; coding and memo events, under blind coding, only to their coder and owners.
 * Every event names the user who caused it ({@code by}). Who may see what is the services' rule
 * ({@link CodingService#visibility}, {@link ReconciliationService#canReview}), asked per recipient.
 */
final class Broadcaster {
  private final EventHub hub;
  private final CodingService codings;
  private final ReconciliationService reconciliation;

  Broadcaster(EventHub hub, CodingService codings, ReconciliationService reconciliation) {
    this.hub = hub;
    this.codings = codings;
    this.reconciliation = reconciliation;
  }

  private static final Predicate<Principal> EVERYONE = p -> true;

  void codeChanged(String event, Code code, String by) {
    hub.publish(event, Map.of("by", by, "code", CodeView.of(code)), EVERYONE);
  }

  void codeDeleted(CodeDeletion deletion, String by) {
    hub.publish("code.deleted", Map.of("by", by, "id", deletion.code().id().value()), EVERYONE);
    deletion.codings().forEach(k -> codingDeleted(k, by));
  }

  void codesMerged(CodeMerge merge, String by) {
    hub.publish(
        "code.merged",
        Map.of(
            "by", by, "source", merge.source().id().value(), "target", CodeView.of(merge.target())),
        EVERYONE);
    merge.moved().forEach(k -> codingChanged("coding.updated", k, by));
    merge.removedDuplicates().forEach(k -> codingDeleted(k, by));
    merge.movedChildren().forEach(c -> codeChanged("code.updated", c, by));
  }

  void codingChanged(String event, Coding coding, String by) {
    hub.publish(event, Map.of("by", by, "coding", CodingView.of(coding)), canSee(coding.coder()));
  }

  void codingsCreated(List<Coding> codings, String by) {
    if (codings.isEmpty()) {
      return;
    }
    // a batch is one coder's: one audience for all of it
    hub.publish(
        "codings.created",
        Map.of("by", by, "codings", codings.stream().map(CodingView::of).toList()),
        canSee(codings.get(0).coder()));
  }

  void codingDeleted(Coding coding, String by) {
    hub.publish(
        "coding.deleted",
        Map.of(
            "by",
            by,
            "id",
            coding.id().value(),
            "document",
            coding.document().value(),
            "coder",
            coding.coder().value()),
        canSee(coding.coder()));
  }

  void memoChanged(String event, VersionedMemo memo, String by) {
    hub.publish(event, Map.of("by", by, "memo", MemoView.of(memo)), canSee(memo.memo().author()));
  }

  void memoDeleted(VersionedMemo memo, String by) {
    hub.publish(
        "memo.deleted",
        Map.of("by", by, "id", memo.memo().id().value()),
        canSee(memo.memo().author()));
  }

  /**
   * After reconciliation decisions: the decisions to everyone who may reconcile (the owner, or
   * everyone while blind coding is off), and the consensus codings created and removed.
   */
  void decided(
      long document, List<?> decisions, List<Coding> created, List<Coding> removed, String by) {
    hub.publish(
        "decisions.made",
        Map.of("by", by, "document", document, "decisions", decisions),
        p -> reconciliation.canReview(p.actor()));
    codingsCreated(created, by);
    removed.forEach(k -> codingDeleted(k, by));
  }

  void settingsChanged(boolean blindCoding, String by) {
    hub.publish("settings.changed", Map.of("by", by, "blindCoding", blindCoding), EVERYONE);
  }

  /** After an undo or redo: one event per touched entity, as if the change had been made anew. */
  void undone(UndoOutcome outcome, String by) {
    for (Stateful<Code> c : outcome.codes()) {
      if (c.deleted()) {
        hub.publish("code.deleted", Map.of("by", by, "id", c.value().id().value()), EVERYONE);
      } else {
        codeChanged("code.updated", c.value(), by);
      }
    }
    for (Stateful<Coding> k : outcome.codings()) {
      if (k.deleted()) {
        codingDeleted(k.value(), by);
      } else {
        codingChanged("coding.updated", k.value(), by);
      }
    }
    for (Stateful<VersionedMemo> m : outcome.memos()) {
      if (m.deleted()) {
        memoDeleted(m.value(), by);
      } else {
        memoChanged("memo.updated", m.value(), by);
      }
    }
  }

  private Predicate<Principal> canSee(CoderId coder) {
    return p -> codings.visibility(p.actor(), Set.of()).canSee(coder);
  }
}
