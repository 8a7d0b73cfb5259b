package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.MemoEntry;
import org.verbatim.core.model.MemoFilter;
import org.verbatim.core.model.MemoId;
import org.verbatim.core.model.MemoQuery;
import org.verbatim.core.model.NewMemo;
import org.verbatim.core.model.VersionedMemo;

/** Researchers' memos, free or attached to a document, code or coding; deleting is soft. */
public interface MemoStore {
  /**
   * @throws org.verbatim.core.model.InvalidInputException if the text is blank
   * @throws org.verbatim.core.model.NotFoundException if the document, code or coding is unknown
   */
  VersionedMemo create(NewMemo memo, String actor);

  /**
   * Replaces the text.
   *
   * @throws org.verbatim.core.model.ConflictException if {@code expectedVersion} is stale
   */
  VersionedMemo edit(MemoId id, long expectedVersion, String text, String actor);

  /** Soft-deletes a memo and returns its last state. */
  VersionedMemo delete(MemoId id, long expectedVersion, String actor);

  Optional<VersionedMemo> get(MemoId id);

  /** Live memos matching the filter, oldest first. */
  List<VersionedMemo> list(MemoFilter filter);

  /**
   * The memo list: memos, codings' memos and theme nodes' memos matching the query, newest first,
   * at most {@code max} of them.
   */
  List<MemoEntry> entries(MemoQuery query, int max);
}
