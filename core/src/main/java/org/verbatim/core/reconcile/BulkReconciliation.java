package org.verbatim.core.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.verbatim.core.model.SourceVersion;
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
      for (Coding k : store.codings().all(Optional.empty())) {
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
    Map<DocumentId, String> texts = new HashMap<>();
    int total = 0;
    int open = 0;
    int[] settles = new int[rules.size()];
    int[] leaves = new int[rules.size()];
    List<List<RulePreview.RuleExample>> examples = new ArrayList<>();
    rules.forEach(r -> examples.add(new ArrayList<>()));
    List<RulePreview.DocumentProgress> progress = new ArrayList<>();
    List<NewDecision> decisions = new ArrayList<>();
    for (DocumentSummary doc : documents) {
      DocumentId id = doc.id();
      Findings findings =
          DisagreementFinder.findWithoutText(chosen, codings.getOrDefault(id, List.of()));
      CurrentDecisions decided = new CurrentDecisions(current.getOrDefault(id, List.of()));
      RuleContext context = base.forDocument(codedBy(findings));
      int docTotal = findings.disagreements().size();
      int docOpen = 0;
      int docSettles = 0;
      for (Disagreement d : findings.disagreements()) {
        if (decided.forItem(d.key(), d.codings()).isPresent()) {
          continue;
        }
        docOpen++;
        for (int r = 0; r < rules.size(); r++) {
          Optional<RuleSettlement> s = rules.get(r).settle(d, context);
          if (s.isEmpty()) {
            continue;
          }
          if (s.get().settles()) {
            settles[r]++;
            docSettles++;
            decisions.add(decision(id, d, rules.get(r), s.get()));
          } else {
            leaves[r]++;
          }
          if (examples.get(r).size() < EXAMPLES) {
            String text = texts.computeIfAbsent(id, x -> store.documents().text(x).orElse(""));
            examples.get(r).add(example(doc, text, d, s.get()));
          }
          break;
        }
      }
      total += docTotal;
      open += docOpen;
      progress.add(
          new RulePreview.DocumentProgress(id.value(), doc.name(), docTotal, docOpen, docSettles));
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

  private static Map<CoderId, Set<CodeId>> codedBy(Findings findings) {
    Map<CoderId, Set<CodeId>> out = new HashMap<>();
    for (Disagreement d : findings.disagreements()) {
      d.codings().forEach(k -> out.computeIfAbsent(k.coder(), c -> new HashSet<>()).add(k.code()));
    }
    for (ExactAgreement a : findings.agreements()) {
      a.codings().forEach(k -> out.computeIfAbsent(k.coder(), c -> new HashSet<>()).add(k.code()));
    }
    return out;
  }

  private static NewDecision decision(
      DocumentId document, Disagreement d, ReconcileRule rule, RuleSettlement s) {
    return new NewDecision(
        document,
        d.key(),
        d.kind().code(),
        d.codings().stream().map(k -> new SourceVersion(k.id(), k.version())).toList(),
        OutcomeJson.write(s.outcome().orElseThrow()),
        "rule: " + rule.text(),
        s.consensus());
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
