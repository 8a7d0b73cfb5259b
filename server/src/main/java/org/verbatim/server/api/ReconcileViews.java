package org.verbatim.server.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DecisionId;
import org.verbatim.core.reconcile.ConsensusCoding;
import org.verbatim.core.reconcile.Decided;
import org.verbatim.core.reconcile.Decision;
import org.verbatim.core.reconcile.Disagreement;
import org.verbatim.core.reconcile.ExactAgreement;
import org.verbatim.core.reconcile.Outcome;
import org.verbatim.core.reconcile.Review;
import org.verbatim.server.api.Views.CoderView;
import org.verbatim.server.api.Views.CodingView;

/** The JSON that reconciliation routes write: reviews, decisions and the consensus layer. */
final class ReconcileViews {
  private ReconcileViews() {}

  record OutcomeView(
      String type,
      @Nullable Long coder,
      @Nullable Long code,
      @Nullable Integer start,
      @Nullable Integer end) {
    static OutcomeView of(Outcome o) {
      return new OutcomeView(
          o.type().code(),
          o.coder().map(CoderId::value).orElse(null),
          o.code().map(c -> c.value()).orElse(null),
          o.span().map(s -> s.start()).orElse(null),
          o.span().map(s -> s.end()).orElse(null));
    }
  }

  record SourceView(long coding, long version) {}

  record LinkView(long coding, List<Long> sources) {}

  record DecisionView(
      long id,
      long document,
      String key,
      String kind,
      OutcomeView outcome,
      String reason,
      String actor,
      String at,
      @Nullable Long supersededBy,
      boolean current,
      List<SourceView> sources,
      List<LinkView> consensus) {
    static DecisionView of(Decision d) {
      return new DecisionView(
          d.id().value(),
          d.document().value(),
          d.key(),
          d.kind(),
          OutcomeView.of(d.outcome()),
          d.reason(),
          d.actor(),
          d.at().toString(),
          d.supersededBy().map(DecisionId::value).orElse(null),
          d.current(),
          d.sources().stream().map(s -> new SourceView(s.coding().value(), s.version())).toList(),
          d.consensus().stream()
              .map(
                  l ->
                      new LinkView(
                          l.coding().value(), l.sources().stream().map(CodingId::value).toList()))
              .toList());
    }
  }

  record PassageView(CodingView coding, String text) {}

  record SideView(long coder, List<PassageView> passages) {}

  record DisagreementView(
      String key,
      String kind,
      int start,
      int end,
      String text,
      List<SideView> sides,
      @Nullable DecisionView decision,
      boolean outdated) {
    static DisagreementView of(Disagreement d, Optional<Decision> decision) {
      return new DisagreementView(
          d.key(),
          d.kind().code(),
          d.span().start(),
          d.span().end(),
          d.text(),
          d.sides().stream()
              .map(
                  s ->
                      new SideView(
                          s.coder().value(),
                          s.passages().stream()
                              .map(p -> new PassageView(CodingView.of(p.coding()), p.text()))
                              .toList()))
              .toList(),
          decision.map(DecisionView::of).orElse(null),
          decision.filter(x -> !x.key().equals(d.key())).isPresent());
    }
  }

  record AgreementView(
      String key,
      long code,
      int start,
      int end,
      String text,
      List<CodingView> codings,
      @Nullable DecisionView decision,
      boolean outdated) {
    static AgreementView of(ExactAgreement a, Optional<Decision> decision) {
      return new AgreementView(
          a.key(),
          a.code().value(),
          a.span().start(),
          a.span().end(),
          a.text(),
          a.codings().stream().map(CodingView::of).toList(),
          decision.map(DecisionView::of).orElse(null),
          decision.filter(x -> !x.key().equals(a.key())).isPresent());
    }
  }

  record ReviewView(
      long document,
      List<CoderView> coders,
      List<DisagreementView> disagreements,
      List<AgreementView> agreements) {
    static ReviewView of(Review r, Map<CoderId, CoderView> coders) {
      return new ReviewView(
          r.document().id().value(),
          r.coders().stream().map(coders::get).toList(),
          r.findings().disagreements().stream()
              .map(d -> DisagreementView.of(d, r.decision(d.key())))
              .toList(),
          r.findings().agreements().stream()
              .map(a -> AgreementView.of(a, r.decision(a.key())))
              .toList());
    }
  }

  record DecidedView(DecisionView decision, List<CodingView> created, List<Long> removed) {
    static DecidedView of(Decided d) {
      return new DecidedView(
          DecisionView.of(d.decision()),
          d.created().stream().map(CodingView::of).toList(),
          d.removed().stream().map(k -> k.id().value()).toList());
    }
  }

  record AcceptedView(int accepted, List<DecidedView> decisions) {}

  record ConsensusView(CodingView coding, @Nullable Long decision, List<Long> sources) {
    static ConsensusView of(ConsensusCoding c) {
      return new ConsensusView(
          CodingView.of(c.coding()),
          c.origin().map(o -> o.decision().value()).orElse(null),
          c.origin()
              .map(o -> o.sources().stream().map(CodingId::value).toList())
              .orElse(List.of()));
    }
  }
}
