package org.verbatim.core.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.coding.AccessDeniedException;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewDecision;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.RuleBatch;
import org.verbatim.core.model.StoredDecision;
import org.verbatim.core.store.ProjectStore;

/**
 * Reconciling many disagreements at once by rules the owner states: previewing what each rule would
 * settle over one document or the whole study, applying them as one rule batch (one decision per
 * disagreement, the rule as its reason), and undoing a batch.
 *
 * <p>Rules: only the owner may preview or apply rules. A rule only ever settles an open
 * disagreement, one without any current decision, so a decision made by hand is never overwritten.
 */
public final class BulkReconciliation {
  /** Examples shown per rule in a preview. */
  public static final int EXAMPLES = 3;

  private static final int EXAMPLE_TEXT = 160;

  private final ProjectStore store;
  private final ReconciliationService reviews;
  private final ComparedCoders compared;

  public BulkReconciliation(ProjectStore store, ReconciliationService reviews) {
    this.store = store;
    this.reviews = reviews;
    this.compared = new ComparedCoders(store.coders());
  }

  /**
   * What {@code rules}, tried in order, would settle among the open disagreements of {@code coders}
   * on {@code document} (or, when empty, every document).
   *
   * @throws AccessDeniedException for anyone but the owner
   * @throws InvalidInputException for no rules, fewer than two coders, an unknown coder, or a rule
   *     naming a coder who is not compared
   */
  public RulePreview preview(
      Actor actor, Optional<DocumentId> document, List<CoderId> coders, List<ReconcileRule> rules) {
    return plan(actor, document, coders, rules, true).preview();
  }

  /**
   * Progress without rules: disagreements, decided and open, for the study and per document. Anyone
   * who may compare coders may see it.
   *
   * @throws AccessDeniedException under blind coding, for anyone but the owner
   */
  public RulePreview progress(Actor actor, Optional<DocumentId> document, List<CoderId> coders) {
    reviews.mayReview(actor);
    return plan(actor, document, coders, List.of(), false).preview();
  }

  /**
   * Applies {@code rules} as {@link #preview} describes, as one rule batch: every settled
   * disagreement gets one decision whose reason names the rule.
   *
   * @throws AccessDeniedException for anyone but the owner
   * @throws org.verbatim.core.model.ConflictException when codings changed meanwhile (nothing is
   *     written)
   */
  public RuleApplication apply(
      Actor actor, Optional<DocumentId> document, List<CoderId> coders, List<ReconcileRule> rules) {
    Plan plan = plan(actor, document, coders, rules, true);
    String described = String.join("; ", rules.stream().map(ReconcileRule::text).toList());
    RuleBatch batch = store.decisions().recordBatch(plan.decisions(), described, actor.name());
    return new RuleApplication(plan.preview(), batch, after(plan.preview()));
  }

  /**
   * Undoes a rule batch: its decisions that are still current are withdrawn.
   *
   * @throws AccessDeniedException for anyone but the owner
   */
  public RuleBatch undo(Actor actor, long batch) {
    mayApply(actor);
    return store.decisions().undoBatch(batch, actor.name());
  }

  /** The rule batches, newest first. */
  public List<RuleBatch> batches(Actor actor) {
    mayApply(actor);
    return store.decisions().batches();
  }

  private record Plan(RulePreview preview, List<NewDecision> decisions) {}

  /**
   * The counts once the batch is written: every settled disagreement decided, nothing more for the
   * rules to settle. Derived from the plan the batch wrote in one transaction rather than by
   * re-reading the study, which would double the cost of applying.
   */
  private static RulePreview after(RulePreview before) {
    return new RulePreview(
        before.disagreements(),
        before.openAfter(),
        before.rules().stream()
            .map(r -> new RulePreview.RuleCount(r.rule(), 0, r.leavesOpen(), List.of()))
            .toList(),
        before.openAfter(),
        before.documents().stream()
            .map(
                d ->
                    new RulePreview.DocumentProgress(
                        d.document(), d.name(), d.disagreements(), d.open() - d.settles(), 0))
            .toList());
  }

  private Plan plan(
      Actor actor,
      Optional<DocumentId> document,
      List<CoderId> coders,
      List<ReconcileRule> rules,
      boolean withRules) {
    if (withRules) {
      mayApply(actor);
    }
    if (withRules && rules.isEmpty()) {
      throw new InvalidInputException("give at least one rule");
    }
    if (coders.size() < 2) {
      throw new InvalidInputException(
          "rules compare at least two coders; " + coders.size() + " given");
    }
    Map<CodeId, Code> codes = new HashMap<>();
    store.codes().list().forEach(c -> codes.put(c.id(), c));
    Map<String, CoderId> names = new HashMap<>();
    for (Coder c : store.coders().list()) {
      if (coders.contains(c.id())) {
        names.put(c.name(), c.id());
      }
    }
    RuleContext base = new RuleContext(codes, names, Map.of());
    List<CoderId> chosen = compared.resolve(coders, List.of(), false, "the study");
    // What the rules need, read set-wise: the documents' summaries, their live codings and the
    // current decisions; no texts, sentences or turns (only the few examples read a text).
    List<DocumentSummary> documents;
    Map<DocumentId, List<Coding>> codings;
    Map<DocumentId, List<Decision>> current = new HashMap<>();
    if (document.isPresent()) {
      DocumentSummary only =
          store
              .documents()
              .summary(document.get())
              .orElseThrow(() -> new NotFoundException("no document with id " + document.get()));
      documents = List.of(only);
      codings = Map.of(only.id(), store.codings().forDocument(only.id(), Optional.empty()));
      store.decisions().forDocument(only.id()).stream()
          .filter(StoredDecision::current)
          .forEach(
              d ->
                  current
                      .computeIfAbsent(d.document(), k -> new ArrayList<>())
                      .add(Decision.of(d)));
    } else {
      documents = store.documents().list();
      codings = new HashMap<>();
      for (Coding k : store.codings().forStudy()) {
        codings.computeIfAbsent(k.document(), x -> new ArrayList<>()).add(k);
      }
      store
          .decisions()
          .current()
          .forEach(
              d ->
                  current
                      .computeIfAbsent(d.document(), k -> new ArrayList<>())
                      .add(Decision.of(d)));
    }
    Map<DocumentId, List<Coding>> byDocument = codings;
    // documents are independent: plan them in parallel, then add up in document order
    List<DocumentRules.Result> results =
        documents.parallelStream()
            .map(
                doc ->
                    DocumentRules.plan(
                        doc,
                        byDocument.getOrDefault(doc.id(), List.of()),
                        current.getOrDefault(doc.id(), List.of()),
                        chosen,
                        rules,
                        base,
                        EXAMPLES))
            .toList();
    Map<DocumentId, String> texts = new HashMap<>();
    int total = 0;
    int open = 0;
    int[] settles = new int[rules.size()];
    int[] leaves = new int[rules.size()];
    List<List<RulePreview.RuleExample>> examples = new ArrayList<>();
    rules.forEach(r -> examples.add(new ArrayList<>()));
    List<RulePreview.DocumentProgress> progress = new ArrayList<>();
    List<NewDecision> decisions = new ArrayList<>();
    for (DocumentRules.Result result : results) {
      DocumentSummary doc = result.document();
      for (int r = 0; r < rules.size(); r++) {
        settles[r] += result.settlesByRule()[r];
        leaves[r] += result.leavesByRule()[r];
      }
      for (DocumentRules.Claim claim : result.claims()) {
        if (examples.get(claim.rule()).size() < EXAMPLES) {
          String text = texts.computeIfAbsent(doc.id(), x -> store.documents().text(x).orElse(""));
          examples
              .get(claim.rule())
              .add(example(doc, text, claim.disagreement(), claim.settlement()));
        }
      }
      decisions.addAll(result.decisions());
      total += result.disagreements();
      open += result.open();
      progress.add(
          new RulePreview.DocumentProgress(
              doc.id().value(),
              doc.name(),
              result.disagreements(),
              result.open(),
              result.settles()));
    }
    List<RulePreview.RuleCount> counts = new ArrayList<>();
    int settled = 0;
    for (int r = 0; r < rules.size(); r++) {
      counts.add(
          new RulePreview.RuleCount(rules.get(r).text(), settles[r], leaves[r], examples.get(r)));
      settled += settles[r];
    }
    return new Plan(new RulePreview(total, open, counts, open - settled, progress), decisions);
  }

  private void mayApply(Actor actor) {
    reviews.mayReview(actor);
    if (!actor.isOwner()) {
      throw new AccessDeniedException(
          "only the owner may apply reconciliation rules; user '" + actor.name() + "' is not");
    }
  }

  private static RulePreview.RuleExample example(
      DocumentSummary doc, String documentText, Disagreement d, RuleSettlement s) {
    String text = d.span().end() <= documentText.length() ? d.span().of(documentText) : d.text();
    text = text.strip().replaceAll("\\s+", " ");
    if (text.length() > EXAMPLE_TEXT) {
      text = text.substring(0, EXAMPLE_TEXT - 1) + "…";
    }
    return new RulePreview.RuleExample(
        doc.id().value(), doc.name(), d.key(), d.kind().code(), text, s.summary());
  }
}
