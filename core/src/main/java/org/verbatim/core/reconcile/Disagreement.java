package org.verbatim.core.reconcile;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.Span;

/**
 * One place where the chosen coders disagree: its stable {@code key} (it changes only when an
 * involved coding changes), its kind, the union of the involved passages ({@code span}, UTF-16
 * offsets, end exclusive) with its text, and one side per chosen coder, in the order chosen.
 */
public record Disagreement(
    String key, DisagreementKind kind, Span span, String text, List<Side> sides) {
  public Disagreement {
    sides = List.copyOf(sides);
  }

  /** Every involved coding, side by side order. */
  public List<Coding> codings() {
    return sides.stream().flatMap(s -> s.passages().stream()).map(Passage::coding).toList();
  }

  public Optional<Side> side(CoderId coder) {
    return sides.stream().filter(s -> s.coder().equals(coder)).findFirst();
  }
}
