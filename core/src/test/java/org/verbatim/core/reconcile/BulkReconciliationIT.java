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
import org.verbatim.core.coding.AccessDeniedException;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.coding.ProjectSettings;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.RuleBatch;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.store.sqlite.SqliteProjectStore;

class BulkReconciliationIT {
  static final String TEXT =
      "Peer support kept me going. My manager never listened. The ward was loud. I felt safe.";

  @TempDir Path dir;
  private SqliteProjectStore store;
  private ReconciliationService reviews;
  private BulkReconciliation bulk;
  private DocumentId p1;
  private DocumentId p2;
  private Coder ann;
  private Coder ben;
  private Actor owner;
  private Code trust;
  private Code hope;
  private Code safety;

  @BeforeEach
  void open() {
    store = SqliteProjectStore.open(dir.resolve("project.sqlite"));
    reviews = new ReconciliationService(store, new ProjectSettings(store.settings()));
    bulk = new BulkReconciliation(store, reviews);
    p1 = document("P01");
    p2 = document("P02");
    ann = store.coders().ensure("ann", "test");
    ben = store.coders().ensure("ben", "test");
    Coder olivia = store.coders().ensure("olivia", "test");
    owner = new Actor("olivia", Role.OWNER, Optional.of(olivia.id()));
    trust = store.codes().create(new NewCode(Optional.empty(), "Trust", "", "#112233"), "test");
    hope = store.codes().create(new NewCode(Optional.empty(), "Hope", "", "#445566"), "test");
    safety =
        store.codes().create(new NewCode(Optional.of(trust.id()), "Safety", "", "#778899"), "t");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private DocumentId document(String name) {
    return store
        .documents()
        .add(
            new DocumentContent(
                name, Language.ENGLISH, SourceFormat.TXT, TEXT + " " + name, List.of(), List.of()),
            "test")
        .id();
  }

  private Coding code(DocumentId doc, Coder who, Code what, int start, int end) {
    return store
        .codings()
        .addAll(
            List.of(new NewCoding(doc, what.id(), who.id(), new Span(start, end), "")), who.name())
        .get(0);
  }

  private List<CoderId> both() {
    return List.of(ann.id(), ben.id());
  }

  private List<ReconcileRule> rules(String... texts) {
    return java.util.Arrays.stream(texts).map(RuleSyntax::parse).toList();
  }

  /** P01: a near-boundary pair, a parent/child pair, and a far-apart pair; P02: only ann coded. */
  private void studyWithFourDisagreements() {
    code(p1, ann, hope, 0, 27); // "Peer support kept me going."
    code(p1, ben, hope, 0, 24); // 3 characters shorter
    code(p1, ann, trust, 75, 87); // "I felt safe."
    code(p1, ben, safety, 75, 87); // same passage, the subcode
    code(p1, ann, trust, 28, 55); // "My manager never listened."
    code(p1, ben, trust, 28, 74); // runs on over the next sentence
    code(p2, ann, hope, 56, 74); // ben never coded P02
  }

  @Test
  void previewCountsWhatEachRuleSettlesInOrderWithExamplesAndWritesNothing() {
    studyWithFourDisagreements();
    RulePreview preview =
        bulk.preview(
            owner,
            Optional.empty(),
            both(),
            rules(
                "same-code within=5 take=union",
                "parent-child take=child",
                "only-one-coder take=keep"));

    assertThat(preview.disagreements()).isEqualTo(4);
    assertThat(preview.open()).isEqualTo(4);
    assertThat(preview.rules()).extracting(RulePreview.RuleCount::settles).containsExactly(1, 1, 1);
    assertThat(preview.openAfter()).isEqualTo(1);
    assertThat(preview.rules().get(0).examples())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.documentName()).isEqualTo("P01");
              assertThat(e.text()).isEqualTo("Peer support kept me going.");
              assertThat(e.result()).contains("union").contains("Hope");
            });
    assertThat(preview.documents())
        .extracting(RulePreview.DocumentProgress::name, RulePreview.DocumentProgress::settles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("P01", 2),
            org.assertj.core.groups.Tuple.tuple("P02", 1));
    assertThat(store.decisions().forDocument(p1)).isEmpty();
  }

  @Test
  void applyWritesOneDecisionPerSettledDisagreementWithTheRuleAsReason() {
    studyWithFourDisagreements();
    RuleApplication done =
        bulk.apply(
            owner,
            Optional.empty(),
            both(),
            rules(
                "same-code within=5 take=union",
                "parent-child take=child",
                "only-one-coder take=keep"));

    assertThat(done.batch().decisions()).isEqualTo(3);
    assertThat(done.after().open()).isEqualTo(1);
    List<Decision> decided = reviews.history(owner, p1);
    assertThat(decided)
        .extracting(Decision::reason)
        .containsExactlyInAnyOrder(
            "rule: same-code within=5 take=union", "rule: parent-child take=child");
    Review review = reviews.review(owner, p1, both());
    List<Coding> consensus =
        store.codings().forDocument(p1, store.coders().byName(Coder.CONSENSUS).map(Coder::id));
    assertThat(consensus)
        .extracting(Coding::code, Coding::span)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(hope.id(), new Span(0, 27)),
            org.assertj.core.groups.Tuple.tuple(safety.id(), new Span(75, 87)));
    assertThat(review.findings().disagreements())
        .filteredOn(d -> review.decision(d.key()).isEmpty())
        .singleElement()
        .satisfies(d -> assertThat(d.span()).isEqualTo(new Span(28, 74)));
    assertThat(reviews.history(owner, p2))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo("rule: only-one-coder take=keep"));
  }

  @Test
  void aDecisionMadeByHandIsNeverOverwrittenByARule() {
    studyWithFourDisagreements();
    Disagreement near =
        reviews.review(owner, p1, both()).findings().disagreements().stream()
            .filter(d -> d.span().equals(new Span(0, 27)))
            .findFirst()
            .orElseThrow();
    reviews.decide(owner, p1, both(), near.key(), Outcome.accept(ben.id()), "ben's is tighter");

    RuleApplication done =
        bulk.apply(owner, Optional.of(p1), both(), rules("same-code within=5 take=union"));

    assertThat(done.before().open()).isEqualTo(2);
    assertThat(done.batch().decisions()).isZero();
    assertThat(reviews.history(owner, p1))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reason()).isEqualTo("ben's is tighter");
              assertThat(d.current()).isTrue();
            });
  }

  @Test
  void undoingABatchWithdrawsItsDecisionsAndTheirConsensusCodingsAtOnce() {
    studyWithFourDisagreements();
    RuleApplication done =
        bulk.apply(
            owner,
            Optional.empty(),
            both(),
            rules("same-code overlap=80 take=intersection", "only-one-coder take=keep"));
    assertThat(done.batch().decisions()).isEqualTo(2);

    RuleBatch undone = bulk.undo(owner, done.batch().id());

    assertThat(undone.undoneAt()).isPresent();
    assertThat(reviews.history(owner, p1)).allSatisfy(d -> assertThat(d.current()).isFalse());
    assertThat(
            store.codings().forDocument(p1, store.coders().byName(Coder.CONSENSUS).map(Coder::id)))
        .isEmpty();
    assertThat(
            bulk.preview(owner, Optional.empty(), both(), rules("parent-child take=child")).open())
        .isEqualTo(4);
    assertThatThrownBy(() -> bulk.undo(owner, done.batch().id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("undone already");
  }

  @Test
  void leaveOpenClaimsADisagreementSoLaterRulesPassItBy() {
    code(p2, ann, hope, 56, 74);
    RulePreview preview =
        bulk.preview(
            owner,
            Optional.empty(),
            both(),
            rules("only-one-coder take=open", "only-one-coder take=keep scope=passage"));
    assertThat(preview.rules())
        .extracting(RulePreview.RuleCount::settles, RulePreview.RuleCount::leavesOpen)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(0, 0));
    assertThat(preview.openAfter()).isEqualTo(1);
  }

  @Test
  void onlyTheOwnerMayApplyRulesAndATakenCoderMustBeCompared() {
    studyWithFourDisagreements();
    Actor coder = new Actor("ann", Role.CODER, Optional.of(ann.id()));
    assertThatThrownBy(
            () -> bulk.preview(coder, Optional.empty(), both(), rules("parent-child take=child")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("only the owner");
    assertThatThrownBy(
            () ->
                bulk.preview(owner, Optional.empty(), both(), rules("same-code within=5 take=zoe")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'zoe'");
  }
}
