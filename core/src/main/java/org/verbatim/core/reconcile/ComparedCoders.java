package org.verbatim.core.reconcile;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.store.CoderStore;

/**
 * Which coders are compared: the chosen ones, checked to exist, or by default every coder with
 * codings in scope except the consensus layer.
 */
final class ComparedCoders {
  private final CoderStore coders;

  ComparedCoders(CoderStore coders) {
    this.coders = coders;
  }

  /**
   * The chosen coders if any, else every coder (in coder-list order) with codings among {@code
   * codings}, the consensus layer left out.
   *
   * @param consensusAllowed whether the consensus layer may be chosen (agreement after discussion
   *     compares with it; it is never a side of a disagreement)
   * @param scope what the codings come from, for the message when fewer than two coders are found
   * @throws InvalidInputException for an unknown coder, a refused consensus layer, or fewer than
   *     two coders found by default
   */
  List<CoderId> resolve(
      List<CoderId> chosen, Collection<Coding> codings, boolean consensusAllowed, String scope) {
    Map<CoderId, Coder> known = new HashMap<>();
    List<Coder> all = coders.list();
    all.forEach(c -> known.put(c.id(), c));
    if (!chosen.isEmpty()) {
      for (CoderId id : chosen) {
        Coder c = known.get(id);
        if (c == null) {
          throw new InvalidInputException("no coder with id " + id);
        }
        if (!consensusAllowed && c.name().equals(Coder.CONSENSUS)) {
          throw new InvalidInputException(
              "the consensus layer is the result of reconciling, not a side to compare");
        }
      }
      return List.copyOf(chosen);
    }
    Set<CoderId> coding = new HashSet<>();
    codings.forEach(k -> coding.add(k.coder()));
    List<CoderId> out =
        all.stream()
            .filter(c -> !c.name().equals(Coder.CONSENSUS))
            .map(Coder::id)
            .filter(coding::contains)
            .toList();
    if (out.size() < 2) {
      throw new InvalidInputException(
          scope + " has codings of " + out.size() + " coder(s); comparing needs at least two");
    }
    return out;
  }
}
