package org.verbatim.core.reconcile;

import org.verbatim.core.model.RuleBatch;

/** The result of applying rules: the preview they were applied from, the batch, and after. */
public record RuleApplication(RulePreview before, RuleBatch batch, RulePreview after) {}
