package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Coder;

/** Coders, whose codings form separate layers. */
public interface CoderStore {
  /** The coder of that name, created if new. */
  Coder ensure(String name, String actor);

  Optional<Coder> byName(String name);

  List<Coder> list();
}
