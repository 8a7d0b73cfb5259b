package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeEdit;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.model.ThemeReview;
import org.verbatim.core.model.ThemeStatus;

/**
 * The theme tree. Every write is one transaction, audited and one undoable action of its actor
 * (like codebook changes). The store checks only what needs the transaction (versions, live rows);
 * the rules on names, links and cycles belong to {@code org.verbatim.core.themes.ThemeService}.
 */
public interface ThemeStore {
  /**
   * Creates a node last among its siblings, in draft status.
   *
   * @throws org.verbatim.core.model.NotFoundException if the parent or a linked code is not live
   */
  Theme create(NewTheme theme, String actor);

  /** Live nodes, parents before children, siblings by position. */
  List<Theme> list();

  Optional<Theme> get(ThemeId id);

  /**
   * Renames, redefines or re-memos a live node.
   *
   * @throws org.verbatim.core.model.NotFoundException if there is no such live node
   * @throws org.verbatim.core.model.ConflictException if {@code expectedVersion} is stale
   */
  Theme edit(ThemeId id, Optional<Long> expectedVersion, ThemeEdit edit, String actor);

  /**
   * Moves a node under {@code parent} (or to the top) at {@code position} among its new siblings
   * (0-based, clamped to the end); siblings after it shift by one. Does not check for cycles.
   *
   * @throws org.verbatim.core.model.ConflictException if {@code expectedVersion} is stale
   */
  Theme move(
      ThemeId id,
      Optional<Long> expectedVersion,
      Optional<ThemeId> parent,
      int position,
      String actor);

  /**
   * Replaces the set of codes linked to the node.
   *
   * @throws org.verbatim.core.model.NotFoundException if a code is not live
   */
  Theme setCodes(
      ThemeId id, Optional<Long> expectedVersion, Set<CodeId> codes, String label, String actor);

  /** Sets the status and records the review (who, when, comment) in the same transaction. */
  Theme setStatus(
      ThemeId id, Optional<Long> expectedVersion, ThemeStatus status, String comment, String actor);

  /**
   * Soft-deletes a node without live children.
   *
   * @throws org.verbatim.core.model.ConflictException if it has live children
   */
  Theme delete(ThemeId id, Optional<Long> expectedVersion, String actor);

  /** The node's recorded reviews, oldest first. */
  List<ThemeReview> reviews(ThemeId id);

  /** Every recorded review of every node, oldest first. */
  List<ThemeReview> allReviews();

  /** Marks a proposal (by its key) as dismissed; dismissing twice is harmless. */
  void dismissProposal(String key, String actor);

  /** The keys of dismissed proposals. */
  Set<String> dismissedProposals();
}
