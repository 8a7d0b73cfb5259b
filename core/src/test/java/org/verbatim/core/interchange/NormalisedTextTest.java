package org.verbatim.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.core.ingest.TextNormaliser;

class NormalisedTextTest {
  @Test
  void crlf_line_ends_become_lf_and_offsets_after_them_move_back_by_one_each() {
    String raw = "one\r\ntwo\r\nthree";
    NormalisedText t = NormalisedText.of(raw);
    assertThat(t.text()).isEqualTo("one\ntwo\nthree");
    int rawStart = raw.indexOf("three");
    assertThat(t.text().substring(t.start(rawStart), t.end(raw.length()))).isEqualTo("three");
  }

  @Test
  void a_selection_ending_between_cr_and_lf_keeps_the_whole_line_end() {
    String raw = "one\r\ntwo";
    NormalisedText t = NormalisedText.of(raw);
    assertThat(t.text().substring(t.start(0), t.end(4))).isEqualTo("one\n");
    assertThat(t.text().substring(t.start(4), t.end(raw.length()))).isEqualTo("\ntwo");
  }

  @Test
  void decomposed_accents_are_composed_and_a_range_over_them_covers_the_composed_letter() {
    String raw = "Mabe\u0301l ok"; // e + combining acute
    NormalisedText t = NormalisedText.of(raw);
    assertThat(t.text()).isEqualTo(TextNormaliser.normalise(raw)).isEqualTo("Mabél ok");
    assertThat(t.text().substring(t.start(0), t.end(6))).isEqualTo("Mabél");
    // a boundary inside the composed pair widens to the whole letter
    assertThat(t.text().substring(t.start(4), t.end(5))).isEqualTo("é");
    assertThat(t.text().substring(t.start(raw.indexOf("ok")), t.end(raw.length()))).isEqualTo("ok");
  }

  @Test
  void normalised_text_maps_offsets_to_themselves() {
    NormalisedText t = NormalisedText.of("already\nfine 😀");
    for (int i = 0; i <= t.raw().length(); i++) {
      assertThat(t.start(i)).isEqualTo(i);
      assertThat(t.end(i)).isEqualTo(i);
    }
  }
}
