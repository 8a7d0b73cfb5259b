package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
  @Test
  void composesToNfc() {
    assertThat(TextNormaliser.normalise("Cafe\u0301")).isEqualTo("Caf\u00e9");
  }

  @Test
  void turnsWindowsAndOldMacLineEndsIntoNewlines() {
    assertThat(TextNormaliser.normalise("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
  }

  @Test
  void dropsALeadingByteOrderMarkOnly() {
    assertThat(TextNormaliser.normalise("\uFEFFa\uFEFFb")).isEqualTo("a\uFEFFb");
  }

  @Test
  void keepsWhitespaceAndQuotesVerbatim() {
    String text = "  “Well,”  she said\t\n\n  — ‘no’.  ";
    assertThat(TextNormaliser.normalise(text)).isEqualTo(text);
  }
}
