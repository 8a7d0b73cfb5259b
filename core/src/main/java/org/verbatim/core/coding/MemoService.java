package org.verbatim.core.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.MemoEntry;
import org.verbatim.core.model.MemoFilter;
import org.verbatim.core.model.MemoId;
import org.verbatim.core.model.MemoList;
import org.verbatim.core.model.MemoQuery;
import org.verbatim.core.model.NewMemo;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.VersionedMemo;
import org.verbatim.core.store.CodingStore;
import org.verbatim.core.store.MemoStore;

/**
 * Memos as an actor: everyone writes their own, and blind coding hides other coders' memos from
 * coders.
 */
public final class MemoService {
  /** The most entries one memo list answer holds. */
  public static final int MAX_LIST = 5000;

  private final MemoStore memos;
  private final CodingStore codings;
  private final ProjectSettings settings;

  public MemoService(MemoStore memos, CodingStore codings, ProjectSettings settings) {
    this.memos = memos;
    this.codings = codings;
    this.settings = settings;
  }

  public List<VersionedMemo> list(Actor actor, MemoFilter filter) {
    Visibility v = new Visibility(actor, settings.blindCoding(), Set.of());
    return memos.list(filter).stream().filter(m -> v.canSee(m.memo().author())).toList();
  }

  /**
   * The memo list as the actor may see it: with blind coding on, a coder sees only their own memos
   * and codings' memos (none about a coding hidden from them) and the theme nodes' memos.
   *
   * @param limit at most this many entries, 1–{@value #MAX_LIST}
   * @throws InvalidInputException if the limit is out of range
   */
  public MemoList entries(Actor actor, MemoQuery query, int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new InvalidInputException("limit must be 1–" + MAX_LIST + ", was " + limit);
    }
    MemoQuery q = query;
    if (settings.blindCoding() && !actor.isOwner() && actor.coder().isPresent()) {
      q = q.blindTo(actor.coder().get());
    }
    List<MemoEntry> found = memos.entries(q, limit + 1);
    boolean truncated = found.size() > limit;
    return new MemoList(truncated ? found.subList(0, limit) : found, truncated);
  }

  /** Whether the actor may see memos of that author now. */
  public boolean canSee(Actor actor, VersionedMemo memo) {
    return !new Visibility(actor, settings.blindCoding(), Set.of())
        .hiddenByBlindCoding(memo.memo().author());
  }

  /**
   * Writes a memo in the actor's name, attached to a document, code or coding (or nothing).
   *
   * @throws NotFoundException if the coding does not exist or blind coding hides it from the actor
   *     (a hidden coding is answered exactly like a missing one)
   * @throws InvalidInputException if a document is given that is not the coding's document
   */
  public VersionedMemo create(
      Actor actor,
      Optional<DocumentId> document,
      Optional<CodeId> code,
      Optional<CodingId> coding,
      String text) {
    if (coding.isPresent()) {
      Visibility v = new Visibility(actor, settings.blindCoding(), Set.of());
      Coding k =
          codings
              .get(coding.get())
              .filter(x -> !v.hiddenByBlindCoding(x.coder()))
              .orElseThrow(() -> new NotFoundException("no coding with id " + coding.get()));
      if (document.isPresent() && !document.get().equals(k.document())) {
        throw new InvalidInputException(
            "coding "
                + coding.get()
                + " is in document "
                + k.document()
                + ", not in document "
                + document.get()
                + "; attach the memo to the coding's document or give no document");
      }
    }
    return memos.create(
        new NewMemo(actor.requireCoder(), document, code, coding, text), actor.name());
  }

  public VersionedMemo edit(Actor actor, MemoId id, long version, String text) {
    own(actor, id);
    return memos.edit(id, version, text, actor.name());
  }

  public VersionedMemo delete(Actor actor, MemoId id, long version) {
    own(actor, id);
    return memos.delete(id, version, actor.name());
  }

  private void own(Actor actor, MemoId id) {
    VersionedMemo m =
        memos
            .get(id)
            .filter(x -> canSee(actor, x))
            .orElseThrow(() -> new NotFoundException("no memo with id " + id));
    if (!m.memo().author().equals(actor.requireCoder())) {
      throw new AccessDeniedException("memo " + id + " was written by someone else");
    }
  }
}
