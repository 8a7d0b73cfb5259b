package org.verbatim.core.words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.verbatim.core.model.Span;

/**
 * The parts of one document a count reads: coded passages merged into disjoint spans sorted by
 * start, so a word coded twice (two coders, or a code and its subcode) is counted once.
 */
final class Regions {
  private final List<Span> spans;

  private Regions(List<Span> merged) {
    this.spans = merged;
  }

  static Regions of(List<Span> passages) {
    List<Span> sorted = new ArrayList<>(passages);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> merged = new ArrayList<>();
    for (Span s : sorted) {
      if (!merged.isEmpty() && s.start() <= merged.get(merged.size() - 1).end()) {
        Span last = merged.remove(merged.size() - 1);
        merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        merged.add(s);
      }
    }
    return new Regions(List.copyOf(merged));
  }

  /**
   * A cursor for tokens visited in reading order: whether each token starts inside a region, in
   * amortised constant time.
   */
  Cursor cursor() {
    return new Cursor();
  }

  final class Cursor {
    private int i;

    boolean contains(int start) {
      while (i < spans.size() && spans.get(i).end() <= start) {
        i++;
      }
      return i < spans.size() && spans.get(i).start() <= start;
    }
  }
}
