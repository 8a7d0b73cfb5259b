package org.verbatim.core.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.NewDecision;
import org.verbatim.core.model.SourceVersion;

/**
 * Rules tried, in order, on the open disagreements of one document: a pure function of its codings
 * and current decisions, so documents are planned independently (and in parallel).
 */
final class DocumentRules {
  /** A disagreement a rule claimed, kept as a possible example. */
  record Claim(int rule, Disagreement disagreement, RuleSettlement settlement) {}

  /**
   * What the rules do on one document.
   *
   * @param claims the first {@code examples} claims of each rule, in document order
   */
  record Result(
      DocumentSummary document,
      int disagreements,
      int open,
      int settles,
      int[] settlesByRule,
      int[] leavesByRule,
      List<NewDecision> decisions,
      List<Claim> claims) {}

  private DocumentRules() {}

  static Result plan(
      DocumentSummary doc,
      List<Coding> codings,
      List<Decision> current,
      List<CoderId> coders,
      List<ReconcileRule> rules,
      RuleContext base,
      int examples) {
    Findings findings = DisagreementFinder.findWithoutText(coders, codings);
    CurrentDecisions decided = new CurrentDecisions(current);
    RuleContext context = base.forDocument(codedBy(findings));
    int[] settles = new int[rules.size()];
    int[] leaves = new int[rules.size()];
    int[] claimed = new int[rules.size()];
    List<NewDecision> decisions = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    int open = 0;
    for (Disagreement d : findings.disagreements()) {
      if (decided.forItem(d.key(), d.codings()).isPresent()) {
        continue;
      }
      open++;
      for (int r = 0; r < rules.size(); r++) {
        Optional<RuleSettlement> s = rules.get(r).settle(d, context);
        if (s.isEmpty()) {
          continue;
        }
        if (s.get().settles()) {
          settles[r]++;
          decisions.add(decision(doc, d, rules.get(r), s.get()));
        } else {
          leaves[r]++;
        }
        if (claimed[r]++ < examples) {
          claims.add(new Claim(r, d, s.get()));
        }
        break;
      }
    }
    return new Result(
        doc,
        findings.disagreements().size(),
        open,
        decisions.size(),
        settles,
        leaves,
        decisions,
        claims);
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
      DocumentSummary doc, Disagreement d, ReconcileRule rule, RuleSettlement s) {
    return new NewDecision(
        doc.id(),
        d.key(),
        d.kind().code(),
        d.codings().stream().map(k -> new SourceVersion(k.id(), k.version())).toList(),
        OutcomeJson.write(s.outcome().orElseThrow()),
        "rule: " + rule.text(),
        s.consensus());
  }
}
