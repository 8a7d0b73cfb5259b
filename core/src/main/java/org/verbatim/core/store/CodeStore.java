package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeDeletion;
import org.verbatim.core.model.CodeEdit;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodeMerge;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.NewCode;

/** The codebook: a tree of codes; deleting is soft. */
public interface CodeStore {
  /**
   * @throws org.verbatim.core.model.ConflictException if a live sibling has the same name
   */
  Code create(NewCode code, String actor);

  /** Live codes, parents before children, siblings by name. */
  List<Code> list();

  Optional<Code> get(CodeId id);

  /**
   * Renames, redefines or recolours a live code.
   *
   * @throws org.verbatim.core.model.NotFoundException if there is no such live code
   * @throws org.verbatim.core.model.ConflictException if {@code expectedVersion} is stale or a live
   *     sibling already has the new name
   * @throws org.verbatim.core.model.InvalidInputException if the name is blank or the colour is not
   *     #RRGGBB
   */
  Code edit(CodeId id, long expectedVersion, CodeEdit edit, String actor);

  /**
   * Moves a code under another parent (or to the top when {@code parent} is empty).
   *
   * @throws org.verbatim.core.model.InvalidInputException if the parent is the code itself or one
   *     of its descendants
   * @throws org.verbatim.core.model.ConflictException on a stale version or a name clash there
   */
  Code move(CodeId id, long expectedVersion, Optional<CodeId> parent, String actor);

  /**
   * Merges {@code source} into {@code target} in one transaction: the source's live codings take
   * the target code (a coding that would duplicate the same coder's target coding on the same span
   * is soft-deleted instead), its child codes move under the target, and the source is
   * soft-deleted.
   *
   * @param exclusiveCoder when present, refuse if a live coding of any other coder uses the source
   * @throws org.verbatim.core.model.ConflictException on a stale source version, when target is the
   *     source or one of its descendants, or when {@code exclusiveCoder} forbids it
   */
  CodeMerge merge(
      CodeId source,
      long sourceVersion,
      CodeId target,
      Optional<CoderId> exclusiveCoder,
      String actor);

  /**
   * Soft-deletes a code together with its live codings, in one transaction.
   *
   * @param exclusiveCoder when present, refuse if a live coding of any other coder uses the code
   * @throws org.verbatim.core.model.ConflictException on a stale version, when the code has live
   *     child codes, or when {@code exclusiveCoder} forbids it
   */
  CodeDeletion delete(
      CodeId id, long expectedVersion, Optional<CoderId> exclusiveCoder, String actor);
}
