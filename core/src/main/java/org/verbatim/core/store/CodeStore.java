package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;

/** The codebook: a tree of codes; deleting is soft. */
public interface CodeStore {
  /**
   * @throws org.verbatim.core.model.ConflictException if a live sibling has the same name
   */
  Code create(NewCode code, String actor);

  /** Live codes, parents before children, siblings by name. */
  List<Code> list();

  Optional<Code> get(CodeId id);
}
