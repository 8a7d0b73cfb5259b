package org.verbatim.core.reconcile;

import java.util.List;

/**
 * What a set of rules would do over one document or the study: how many disagreements there are and
 * how many are still open (no decision yet), per rule how many open ones it settles with a few
 * examples, how many would stay open, and the same counts per document for progress.
 */
public record RulePreview(
    int disagreements,
    int open,
    List<RuleCount> rules,
    int openAfter,
    List<DocumentProgress> documents) {
  public RulePreview {
    rules = List.copyOf(rules);
    documents = List.copyOf(documents);
  }

  /** Decided so far (every disagreement that is not open). */
  public int decided() {
    return disagreements - open;
  }

  /** One rule's share: disagreements it settles (or, for a "leave open" rule, claims). */
  public record RuleCount(String rule, int settles, int leavesOpen, List<RuleExample> examples) {
    public RuleCount {
      examples = List.copyOf(examples);
    }
  }

  /** One disagreement a rule would settle, for the preview. */
  public record RuleExample(
      long document, String documentName, String key, String kind, String text, String result) {}

  /** One document's disagreements, open ones, and how many the rules would settle there. */
  public record DocumentProgress(
      long document, String name, int disagreements, int open, int settles) {}
}
