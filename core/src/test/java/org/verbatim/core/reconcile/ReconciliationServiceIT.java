package org.verbatim.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.agreement.project.AgreementUnit;
import org.verbatim.core.agreement.project.ProjectAgreementReport;
import org.verbatim.core.agreement.project.UnitAgreementReport;
import org.verbatim.core.coding.AccessDeniedException;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.coding.ProjectSettings;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingEdit;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.NewDecision;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.SourceVersion;
import org.verbatim.core.model.Span;
import org.verbatim.core.store.sqlite.SqliteProjectStore;

class ReconciliationServiceIT {
  static final String TEXT = "Peer support kept me going. My manager never listened.";

  @TempDir Path dir;
  private SqliteProjectStore store;
  private ProjectSettings settings;
  private ReconciliationService service;
  private DocumentId doc;
  private Coder ann;
  private Coder ben;
  private Actor owner;
  private Actor coder;
  private Code trust;
  private Code hope;

  @BeforeEach
  void open() {
    store = SqliteProjectStore.open(dir.resolve("project.sqlite"));
    settings = new ProjectSettings(store.settings());
    service = new ReconciliationService(store, settings);
    doc =
        store
            .documents()
            .add(
                new DocumentContent(
                    "P01",
                    Language.ENGLISH,
                    SourceFormat.TXT,
                    TEXT,
                    List.of(),
                    List.of(new Sentence(0, new Span(0, 27)), new Sentence(1, new Span(28, 54)))),
                "test")
            .id();
    ann = store.coders().ensure("ann", "test");
    ben = store.coders().ensure("ben", "test");
    Coder olivia = store.coders().ensure("olivia", "test");
    owner = new Actor("olivia", Role.OWNER, Optional.of(olivia.id()));
    coder = new Actor("ann", Role.CODER, Optional.of(ann.id()));
    trust = store.codes().create(new NewCode(Optional.empty(), "Trust", "", "#112233"), "test");
    hope = store.codes().create(new NewCode(Optional.empty(), "Hope", "", "#445566"), "test");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Coding code(Coder who, Code what, int start, int end) {
    return store
        .codings()
        .addAll(
            List.of(new NewCoding(doc, what.id(), who.id(), new Span(start, end), "")), who.name())
        .get(0);
  }

  private List<CoderId> both() {
    return List.of(ann.id(), ben.id());
  }

  private Disagreement only() {
    return service.review(owner, doc, both()).findings().disagreements().get(0);
  }

  private List<Coding> consensusLayer() {
    return store
        .coders()
        .byName(Coder.CONSENSUS)
        .map(c -> store.codings().forDocument(doc, Optional.of(c.id())))
        .orElse(List.of());
  }

  @Test
  void acceptingASideWritesItsCodingsToTheConsensusLayerWithProvenanceAndRecordsTheDecision() {
    Coding a = code(ann, trust, 0, 17);
    code(ben, trust, 5, 26);
    Disagreement d = only();

    Decided decided =
        service.decide(coder, doc, both(), d.key(), Outcome.accept(ann.id()), "  the clause  ");

    assertThat(consensusLayer())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.span()).isEqualTo(new Span(0, 17));
              assertThat(k.code()).isEqualTo(trust.id());
            });
    assertThat(decided.created()).containsExactlyElementsOf(consensusLayer());
    assertThat(service.consensus(owner, doc))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.origin()).isPresent();
              assertThat(c.origin().get().sources()).containsExactly(a.id());
              assertThat(c.origin().get().decision()).isEqualTo(decided.decision().id());
            });
    assertThat(service.history(owner, doc))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.key()).isEqualTo(d.key());
              assertThat(h.kind()).isEqualTo("different_boundaries");
              assertThat(h.outcome()).isEqualTo(Outcome.accept(ann.id()));
              assertThat(h.reason()).isEqualTo("the clause");
              assertThat(h.actor()).isEqualTo("ann");
              assertThat(h.current()).isTrue();
              assertThat(h.sources()).hasSize(2);
            });
    assertThat(service.review(owner, doc, both()).decision(d.key()))
        .map(x -> x.id())
        .contains(decided.decision().id());
    assertThat(store.audit().list(0, 1000))
        .anySatisfy(e -> assertThat(e.action() + " " + e.entity()).isEqualTo("decide decision"));
  }

  @Test
  void mergingWritesTheUnionSpanWithTheChosenCodeFromEverySource() {
    Coding a = code(ann, trust, 0, 17);
    Coding b = code(ben, hope, 5, 26);

    Decided decided =
        service.decide(owner, doc, both(), only().key(), Outcome.merge(hope.id()), "");

    assertThat(decided.created())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.span()).isEqualTo(new Span(0, 26));
              assertThat(k.code()).isEqualTo(hope.id());
            });
    assertThat(decided.decision().outcome().span()).contains(new Span(0, 26));
    assertThat(service.consensus(owner, doc).get(0).origin().orElseThrow().sources())
        .containsExactly(a.id(), b.id());
  }

  @Test
  void revisitingADecisionSupersedesItAndReplacesTheConsensusCodingsItWrote() {
    code(ann, trust, 0, 17);
    Coding b = code(ben, trust, 5, 26);
    String key = only().key();
    Decided first = service.decide(owner, doc, both(), key, Outcome.accept(ann.id()), "");

    Decided dropped = service.decide(owner, doc, both(), key, Outcome.drop(), "too vague");

    assertThat(dropped.removed())
        .extracting(Coding::id)
        .containsExactly(first.created().get(0).id());
    assertThat(consensusLayer()).isEmpty();

    Decided third =
        service.decide(owner, doc, both(), key, Outcome.accept(ben.id()), "on reflection");

    assertThat(consensusLayer()).singleElement().extracting(Coding::span).isEqualTo(b.span());
    List<Decision> history = service.history(owner, doc);
    assertThat(history)
        .extracting(Decision::id)
        .containsExactly(first.decision().id(), dropped.decision().id(), third.decision().id());
    assertThat(history.get(0).supersededBy()).contains(dropped.decision().id());
    assertThat(history.get(1).supersededBy()).contains(third.decision().id());
    assertThat(history.get(2).current()).isTrue();
    assertThat(history.get(1).outcome().type()).isEqualTo(Outcome.Type.DROP);
  }

  @Test
  void aFailingRevisitRollsBackEntirelyAndLeavesTheEarlierDecisionInForce() {
    code(ann, trust, 0, 17);
    code(ben, trust, 5, 26);
    String key = only().key();
    Decided first = service.decide(owner, doc, both(), key, Outcome.accept(ann.id()), "");
    int audited = store.audit().list(0, 10_000).size();

    // the old decision is superseded and its consensus coding removed before the unknown code is
    // found: all of it must roll back
    assertThatThrownBy(
            () -> service.decide(owner, doc, both(), key, Outcome.merge(new CodeId(999)), "x"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("999");

    assertThat(service.history(owner, doc))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(first.decision().id());
              assertThat(d.current()).isTrue();
            });
    assertThat(consensusLayer())
        .extracting(Coding::id)
        .containsExactly(first.created().get(0).id());
    assertThat(store.audit().list(0, 10_000)).hasSize(audited);
  }

  @Test
  void aKeyWhoseCodingsChangedIsAConflictAndTheOldDecisionShowsAsOutdated() {
    Coding a = code(ann, trust, 0, 17);
    code(ben, trust, 5, 26);
    String key = only().key();
    Decided first = service.decide(owner, doc, both(), key, Outcome.accept(ann.id()), "");
    store
        .codings()
        .edit(
            a.id(),
            1,
            new CodingEdit(Optional.of(new Span(0, 12)), Optional.empty(), Optional.empty()),
            "ann");

    assertThatThrownBy(() -> service.decide(owner, doc, both(), key, Outcome.drop(), ""))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("reload");
    Review review = service.review(owner, doc, both());
    Disagreement now = review.findings().disagreements().get(0);
    assertThat(now.key()).isNotEqualTo(key);
    assertThat(review.decision(now.key())).map(Decision::key).contains(key);

    service.decide(owner, doc, both(), now.key(), Outcome.drop(), "");
    assertThat(service.history(owner, doc).get(0).supersededBy()).isPresent();
    assertThat(consensusLayer()).isEmpty();
    assertThat(first.created()).hasSize(1);
  }

  @Test
  void theStoreRefusesASourceCodingAtAnotherVersion() {
    Coding a = code(ann, trust, 0, 17);
    NewDecision stale =
        new NewDecision(
            doc,
            "k",
            "only_one_coder",
            List.of(new SourceVersion(a.id(), 7)),
            "{\"type\":\"drop\"}",
            "",
            List.of());

    assertThatThrownBy(() -> store.decisions().record(stale, "olivia"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("version 1");
    assertThat(store.decisions().forDocument(doc)).isEmpty();
  }

  @Test
  void acceptingAllAgreementsAcceptsEachOnceIntoTheConsensusLayer() {
    Coding a1 = code(ann, trust, 0, 27);
    Coding b1 = code(ben, trust, 0, 27);
    code(ann, hope, 28, 54);
    code(ben, hope, 28, 54);
    code(ann, trust, 28, 40);

    List<Decided> accepted = service.acceptAgreements(coder, doc, both(), "");

    assertThat(accepted).hasSize(2);
    assertThat(consensusLayer())
        .extracting(Coding::span)
        .containsExactly(new Span(0, 27), new Span(28, 54));
    assertThat(service.consensus(owner, doc).get(0).origin().orElseThrow().sources())
        .containsExactly(a1.id(), b1.id());
    assertThat(accepted.get(0).decision().kind()).isEqualTo(Decision.AGREEMENT);
    assertThat(service.acceptAgreements(coder, doc, both(), "")).isEmpty();
    assertThat(service.review(owner, doc, both()).findings().disagreements()).hasSize(1);
  }

  @Test
  void underBlindCodingOnlyTheOwnerReconcilesAndViewersNeverDecide() {
    code(ann, trust, 0, 17);
    code(ben, hope, 0, 17);
    Actor viewer = new Actor("vic", Role.VIEWER, Optional.empty());
    String key = only().key();

    assertThat(service.review(viewer, doc, both()).findings().disagreements()).hasSize(1);
    assertThatThrownBy(() -> service.decide(viewer, doc, both(), key, Outcome.drop(), ""))
        .isInstanceOf(AccessDeniedException.class);

    settings.setBlindCoding(true, "olivia");
    assertThatThrownBy(() -> service.review(coder, doc, both()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("blind coding");
    assertThatThrownBy(() -> service.review(viewer, doc, both()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(service.review(owner, doc, both()).findings().disagreements()).hasSize(1);
  }

  @Test
  void refusesOutcomesThatDoNotFitAndTheConsensusLayerAsASide() {
    code(ann, trust, 0, 17);
    String key = only().key();
    Coder consensus = store.coders().ensure(Coder.CONSENSUS, "test");

    assertThatThrownBy(() -> service.decide(owner, doc, both(), key, Outcome.accept(ben.id()), ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("coded nothing here");
    assertThatThrownBy(() -> service.review(owner, doc, List.of(ann.id(), consensus.id())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("consensus");
    assertThatThrownBy(() -> service.review(owner, doc, List.of(ann.id(), new CoderId(99))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("99");
    assertThatThrownBy(
            () -> service.decide(owner, doc, both(), key, Outcome.drop(), "x".repeat(5000)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    assertThat(store.decisions().forDocument(doc)).isEmpty();
  }

  @Test
  void withoutChosenCodersEveryCoderOfTheDocumentButTheConsensusLayerIsCompared() {
    code(ann, trust, 0, 17);
    code(ben, trust, 0, 17);
    service.acceptAgreements(owner, doc, List.of(), "");

    Review review = service.review(owner, doc, List.of());

    assertThat(review.coders()).containsExactly(ann.id(), ben.id());
    assertThat(review.findings().agreements()).hasSize(1);
    assertThat(review.decision(review.findings().agreements().get(0).key())).isPresent();
  }

  @Test
  void agreementIsRecomputedFromCurrentCodingsAndCanCompareACoderWithTheConsensusLayer() {
    code(ann, trust, 0, 27);
    code(ben, trust, 0, 27);
    code(ann, hope, 28, 54);

    UnitAgreementReport before = unitReport(both());

    assertThat(before.units()).isEqualTo(2);
    assertThat(percent(before, "Trust")).isEqualTo(1.0);
    assertThat(percent(before, "Hope")).isEqualTo(0.5);

    service.acceptAgreements(owner, doc, both(), "");
    service.decide(owner, doc, both(), only().key(), Outcome.accept(ann.id()), "");
    Coder consensus = store.coders().byName(Coder.CONSENSUS).orElseThrow();
    UnitAgreementReport after = unitReport(List.of(ann.id(), consensus.id()));

    assertThat(percent(after, "Hope")).isEqualTo(1.0);
    assertThat(after.scope().coders()).containsExactly("ann", Coder.CONSENSUS);
    assertThatThrownBy(
            () ->
                service.agreement(
                    coder, Optional.of(doc), List.of(ann.id()), AgreementUnit.SENTENCE))
        .isInstanceOf(InvalidInputException.class);
  }

  private UnitAgreementReport unitReport(List<CoderId> coders) {
    ProjectAgreementReport r =
        service.agreement(owner, Optional.of(doc), coders, AgreementUnit.SENTENCE);
    assertThat(r.scope().documents()).isEqualTo(1);
    return (UnitAgreementReport) r;
  }

  private static double percent(UnitAgreementReport r, String code) {
    return r.codes().stream()
        .filter(c -> c.code().name().equals(code))
        .findFirst()
        .orElseThrow()
        .agreement()
        .percentAgreement()
        .value()
        .orElseThrow();
  }
}
