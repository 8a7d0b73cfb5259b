package org.verbatim.core.store;

import java.util.List;
import org.verbatim.core.model.DecisionWrite;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.NewDecision;
import org.verbatim.core.model.RuleBatch;
import org.verbatim.core.model.StoredDecision;

/**
 * Reconciliation decisions and the consensus layer they write. Decisions are never deleted: a new
 * decision on any of the same codings supersedes the current one, whose consensus codings are then
 * soft-deleted. Decisions are audited but not undoable; revisiting one is the way to change it.
 */
public interface DecisionStore {
  /**
   * Records a decision in one transaction: checks that every source coding is live at the version
   * seen, supersedes the current decisions of the document that share a source coding (removing
   * their live consensus codings), writes the new consensus codings into the layer of the coder
   * named {@link org.verbatim.core.model.Coder#CONSENSUS} (created on demand) with their
   * provenance, and audits all of it. Nothing is written if any step fails.
   *
   * @throws org.verbatim.core.model.ConflictException if a source coding changed or was deleted
   * @throws org.verbatim.core.model.NotFoundException if the document or a consensus code is gone
   * @throws org.verbatim.core.model.InvalidInputException if a consensus span lies outside the
   *     document
   */
  DecisionWrite record(NewDecision decision, String actor);

  /** Records several decisions, each as {@link #record} would, all in one transaction. */
  List<DecisionWrite> recordAll(List<NewDecision> decisions, String actor);

  /**
   * Records decisions as {@link #recordAll} does, as one rule batch described by {@code rules}, so
   * that {@link #undoBatch} can withdraw them together.
   */
  RuleBatch recordBatch(List<NewDecision> decisions, String rules, String actor);

  /**
   * Undoes a rule batch in one transaction: each of its decisions that is still current is
   * withdrawn (no longer current, its consensus codings removed); decisions taken later on the same
   * codings are left as they are.
   *
   * @return the batch as undone
   * @throws org.verbatim.core.model.NotFoundException if there is no such batch
   * @throws org.verbatim.core.model.ConflictException if it was undone already
   */
  RuleBatch undoBatch(long batch, String actor);

  /** The rule batches, newest first. */
  List<RuleBatch> batches();

  /** Every decision on a document, superseded ones included, oldest first. */
  List<StoredDecision> forDocument(DocumentId document);

  /** Every current decision of the project (none superseded), oldest first. */
  List<StoredDecision> current();
}
