package org.verbatim.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Span;

class QuoteAnchorTest {
  private static final String TEXT = "hope, then more hope 😀 and hope";

  @Test
  void findsTheRequestedOccurrenceInUtf16Offsets() {
    assertThat(QuoteAnchor.locate(TEXT, "hope", 1, "x")).isEqualTo(new Span(0, 4));
    assertThat(QuoteAnchor.locate(TEXT, "hope", 2, "x")).isEqualTo(new Span(16, 20));
    // the emoji is two UTF-16 code units, so the third hope starts at 28, not 27
    assertThat(QuoteAnchor.locate(TEXT, "hope", 3, "x")).isEqualTo(new Span(28, 32));
  }

  @Test
  void namesTheCodingWhenTheQuoteIsMissing() {
    assertThatThrownBy(
            () -> QuoteAnchor.locate(TEXT, "despair", 1, "codings/mei/P01.json coding 3"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("codings/mei/P01.json coding 3: quote not found");
    assertThatThrownBy(() -> QuoteAnchor.locate(TEXT, "hope", 4, "c"))
        .hasMessageContaining("4 times");
  }
}
