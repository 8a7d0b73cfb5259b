package org.verbatim.core.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Span;

class SpanFinderTest {
  @Test
  void overlappingSpansMergeButTouchingOnesStayApart() {
    List<Span> spans =
        List.of(
            new Span(10, 14), new Span(0, 2), new Span(10, 22), new Span(2, 4), new Span(20, 25));
    assertThat(SpanFinder.merge(spans))
        .containsExactly(new Span(0, 2), new Span(2, 4), new Span(10, 25));
  }
}
