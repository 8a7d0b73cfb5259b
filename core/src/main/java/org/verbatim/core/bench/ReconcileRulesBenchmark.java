package org.verbatim.core.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Role;
import org.verbatim.core.project.Project;
import org.verbatim.core.reconcile.BulkReconciliation;
import org.verbatim.core.reconcile.ReconcileRule;
import org.verbatim.core.reconcile.RuleApplication;
import org.verbatim.core.reconcile.RulePreview;
import org.verbatim.core.reconcile.RuleSyntax;
import org.verbatim.core.store.ProjectStore;

/**
 * Times reconciliation rules over a whole study as the command line and the REST routes run them:
 * fills a project's store with the {@link AgreementBenchmark} study, then previews and applies
 * three rules over every document for all its coders.
 */
public final class ReconcileRulesBenchmark {
  /** The rules timed, in order. */
  public static final List<String> RULES =
      List.of(
          "same-code within=10 take=union",
          "parent-child take=child",
          "only-one-coder take=keep scope=passage");

  /**
   * Timings of one run.
   *
   * @param fill storing documents, codebook and codings
   * @param preview previewing the rules over the study
   * @param apply applying them (preview, one transaction writing every decision, and the recount)
   */
  public record Result(
      int documents,
      long codings,
      Duration fill,
      Duration preview,
      Duration apply,
      RulePreview before,
      RulePreview after,
      int decisions) {}

  private ReconcileRulesBenchmark() {}

  /** Runs in {@code work} (templates and {@code project.sqlite} go there). */
  public static Result run(AgreementBenchmark.Settings settings, Path work) {
    AgreementBenchmark.Study study = AgreementBenchmark.Study.generate(settings, work);
    try (Project project = Project.create(work.resolve("project"))) {
      ProjectStore store = project.store();
      long begin = System.nanoTime();
      AgreementStoreBenchmark.fill(store, study);
      Duration fill = since(begin);
      List<CoderId> coders =
          store.coders().list().stream()
              .filter(c -> !c.name().equals(Coder.CONSENSUS))
              .map(Coder::id)
              .toList();
      Actor owner = new Actor("bench", Role.OWNER, Optional.empty());
      BulkReconciliation bulk = project.services().bulkReconciliation();
      List<ReconcileRule> rules = RULES.stream().map(RuleSyntax::parse).toList();
      begin = System.nanoTime();
      RulePreview preview = bulk.preview(owner, Optional.empty(), coders, rules);
      Duration previewTime = since(begin);
      begin = System.nanoTime();
      RuleApplication applied = bulk.apply(owner, Optional.empty(), coders, rules);
      Duration applyTime = since(begin);
      return new Result(
          settings.documents(),
          study.codingCount(),
          fill,
          previewTime,
          applyTime,
          preview,
          applied.after(),
          applied.batch().decisions());
    }
  }

  private static Duration since(long begin) {
    return Duration.ofNanos(System.nanoTime() - begin);
  }
}
