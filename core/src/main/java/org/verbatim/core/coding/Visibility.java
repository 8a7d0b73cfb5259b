package org.verbatim.core.coding;

import java.util.Set;
import org.verbatim.core.model.CoderId;

/**
 * Which coders' layers an actor may see. With blind coding on, a coder sees only their own layer;
 * owners and viewers see every layer and may narrow it to chosen coders ({@code shown}, empty for
 * all).
 */
public record Visibility(Actor actor, boolean blind, Set<CoderId> shown) {
  public Visibility {
    shown = Set.copyOf(shown);
  }

  public boolean canSee(CoderId coder) {
    if (blind && !actor.isOwner() && actor.coder().isPresent()) {
      return actor.coder().get().equals(coder);
    }
    return shown.isEmpty() || shown.contains(coder);
  }

  /**
   * Whether the layer of {@code coder} is hidden from this actor by blind coding (not by choice).
   */
  public boolean hiddenByBlindCoding(CoderId coder) {
    return blind
        && !actor.isOwner()
        && actor.coder().isPresent()
        && !actor.coder().get().equals(coder);
  }
}
