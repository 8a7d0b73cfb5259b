package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;

class CueTimingTest {
  @Test
  void readsWebVttTimesWithAndWithoutHoursAndIgnoresCueSettings() {
    CueTiming timing = CueTiming.parse("01:02.500 --> 1:01:02.000 align:start line:0", "x");
    assertThat(timing.startMillis()).isEqualTo(62_500);
    assertThat(timing.endMillis()).isEqualTo(3_662_000);
  }

  @Test
  void readsSrtCommasAndShortFractions() {
    CueTiming timing = CueTiming.parse("00:00:01,5 --> 00:00:02,050", "x");
    assertThat(timing.startMillis()).isEqualTo(1_500);
    assertThat(timing.endMillis()).isEqualTo(2_050);
  }

  @Test
  void acceptsACueOfZeroLength() {
    assertThat(CueTiming.parse("00:00:01.000 --> 00:00:01.000", "x").endMillis()).isEqualTo(1_000);
  }

  @Test
  void refusesACueThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () -> CueTiming.parse("00:00:05.000 --> 00:00:04.000", "a.vtt: cue 2 (line 7)"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "a.vtt: cue 2 (line 7): ends at 00:00:04.000, before it starts at 00:00:05.000");
  }

  @Test
  void refusesUnreadableTimesAndOutOfRangeSeconds() {
    assertThatThrownBy(
            () -> CueTiming.parse("00:00:xx.000 --> 00:00:04.000", "a.vtt: cue 1 (line 3)"))
        .hasMessageStartingWith("a.vtt: cue 1 (line 3): cannot read the timing '00:00:xx.000");
    assertThatThrownBy(() -> CueTiming.parse("00:00:75.000 --> 00:01:04.000", "w"))
        .hasMessageContaining("60 or more");
    assertThatThrownBy(() -> CueTiming.parse("00:00:01.000 - 00:00:04.000", "w"))
        .hasMessageContaining("cannot read");
  }

  @Test
  void formatsMillisForMessages() {
    assertThat(CueTiming.format(3_723_004)).isEqualTo("01:02:03.004");
  }
}
