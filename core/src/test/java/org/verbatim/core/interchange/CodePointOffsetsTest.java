package org.verbatim.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {
  // "a😀b中😀\nc": 😀 takes two UTF-16 units, 中 one
  private static final String TEXT = "a\uD83D\uDE00b中\uD83D\uDE00\nc";

  @Test
  void converts_every_boundary_both_ways_as_java_counts_code_points() {
    CodePointOffsets o = CodePointOffsets.of(TEXT);
    assertThat(o.unitLength()).isEqualTo(TEXT.length());
    assertThat(o.codePointLength()).isEqualTo(TEXT.codePointCount(0, TEXT.length()));
    for (int unit = 0; unit <= TEXT.length(); unit++) {
      boolean insidePair =
          unit > 0 && unit < TEXT.length() && Character.isLowSurrogate(TEXT.charAt(unit));
      if (insidePair) {
        continue;
      }
      int cp = TEXT.codePointCount(0, unit);
      assertThat(o.toCodePoint(unit)).as("unit %d", unit).isEqualTo(cp);
      assertThat(o.toUnit(cp)).as("code point %d", cp).isEqualTo(unit);
    }
  }

  @Test
  void an_offset_between_the_halves_of_an_emoji_counts_as_the_emoji_start() {
    CodePointOffsets o = CodePointOffsets.of(TEXT);
    assertThat(o.toCodePoint(2)).isEqualTo(1);
  }

  @Test
  void a_text_without_supplementary_characters_maps_to_itself() {
    CodePointOffsets o = CodePointOffsets.of("中文 text");
    assertThat(o.hasSupplementaryCharacters()).isFalse();
    assertThat(o.toUnit(4)).isEqualTo(4);
    assertThat(o.toCodePoint(7)).isEqualTo(7);
  }

  @Test
  void refuses_positions_outside_the_text() {
    CodePointOffsets o = CodePointOffsets.of(TEXT);
    assertThatThrownBy(() -> o.toUnit(o.codePointLength() + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.toCodePoint(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
