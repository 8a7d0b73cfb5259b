package org.verbatim.core.coding;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeDeletion;
import org.verbatim.core.model.CodeEdit;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodeMerge;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.store.CodeStore;

/**
 * Changing the shared codebook as an actor. Coders may create, rename, define, recolour and move
 * codes, and merge or delete codes that only their own codings use; owners may do all of it.
 */
public final class CodebookService {
  private static final List<String> PALETTE =
      List.of(
          "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
          "#bcbd22", "#17becf");

  private final CodeStore codes;

  public CodebookService(CodeStore codes) {
    this.codes = codes;
  }

  public List<Code> list() {
    return codes.list();
  }

  /** Creates a code; without a colour it takes the next one of a ten-colour palette. */
  public Code create(
      Actor actor,
      Optional<CodeId> parent,
      String name,
      String definition,
      Optional<String> colour) {
    actor.requireCoder();
    String c = colour.orElseGet(() -> PALETTE.get(codes.list().size() % PALETTE.size()));
    return codes.create(new NewCode(parent, name, definition, c), actor.name());
  }

  public Code edit(Actor actor, CodeId id, long version, CodeEdit edit) {
    actor.requireCoder();
    return codes.edit(id, version, edit, actor.name());
  }

  public Code move(Actor actor, CodeId id, long version, Optional<CodeId> parent) {
    actor.requireCoder();
    return codes.move(id, version, parent, actor.name());
  }

  public CodeMerge merge(Actor actor, CodeId source, long sourceVersion, CodeId target) {
    return codes.merge(source, sourceVersion, target, exclusive(actor), actor.name());
  }

  public CodeDeletion delete(Actor actor, CodeId id, long version) {
    return codes.delete(id, version, exclusive(actor), actor.name());
  }

  /** Owners act on everyone's codings; a coder only where no one else's codings are affected. */
  private static Optional<CoderId> exclusive(Actor actor) {
    CoderId coder = actor.requireCoder();
    return actor.isOwner() ? Optional.empty() : Optional.of(coder);
  }
}
