package org.verbatim.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.interchange.PositionConvention.Selection;

class PositionConventionTest {
  private static final String EMOJI = "I 😀 this\r\nand 😀 that 😀 too\r\n";

  @Test
  void nvivo_files_are_read_in_utf16_units_when_code_points_would_also_fit() {
    int start = EMOJI.indexOf("that");
    List<Selection> s = List.of(new Selection("a", start, start + 4, ""));
    assertThat(PositionConvention.detect(EMOJI, s, "NVivo for Windows 12.6"))
        .contains(PositionConvention.UTF16_UNITS);
    assertThat(PositionConvention.detect(EMOJI, s, "qc 1.3.2"))
        .contains(PositionConvention.CODE_POINTS);
  }

  @Test
  void a_selection_beyond_the_code_point_length_proves_utf16_units_whatever_the_tool() {
    List<Selection> s = List.of(new Selection("a", 0, EMOJI.length(), ""));
    assertThat(PositionConvention.detect(EMOJI, s, "some tool"))
        .contains(PositionConvention.UTF16_UNITS);
  }

  @Test
  void quotes_in_selection_names_decide_between_conventions() {
    String text = "x\r\ny\r\ngranola bar";
    // an ATLAS.ti-style count with CRLF as one position: "granola" starts at 4
    List<Selection> s = List.of(new Selection("a", 4, 11, "granola"));
    assertThat(PositionConvention.detect(text, s, "ATLAS.ti 8.4"))
        .contains(PositionConvention.CODE_POINTS_CRLF_AS_ONE);
    var r = PositionConvention.CODE_POINTS_CRLF_AS_ONE.resolver(text);
    assertThat(r.span(4, 11).orElseThrow().of(text)).isEqualTo("granola");
  }

  @Test
  void no_convention_fits_a_selection_past_every_length() {
    List<Selection> s = List.of(new Selection("a", 0, 10_000, ""));
    assertThat(PositionConvention.detect(EMOJI, s, "NVivo")).isEmpty();
  }
}
