package org.verbatim.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Span;

class AutocoderTest {
  private final List<Span> sentences = List.of(new Span(0, 10), new Span(11, 30), new Span(31, 40));

  @Test
  void aHitWidensToTheSentenceThatHoldsIt() {
    assertThat(Autocoder.widen(new Span(12, 15), sentences)).isEqualTo(new Span(11, 30));
  }

  @Test
  void aHitAcrossSentencesWidensToAllOfThem() {
    assertThat(Autocoder.widen(new Span(8, 13), sentences)).isEqualTo(new Span(0, 30));
  }

  @Test
  void aHitOutsideEverySentenceStaysAsItIs() {
    assertThat(Autocoder.widen(new Span(10, 11), sentences)).isEqualTo(new Span(10, 11));
  }
}
