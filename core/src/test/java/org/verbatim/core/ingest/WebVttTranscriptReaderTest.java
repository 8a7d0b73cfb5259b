package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Turn;
import org.verbatim.core.nlp.SpanInvariants;

class WebVttTranscriptReaderTest {
  private static final Path FILE = Path.of("meeting.vtt");

  private static DocumentContent parse(String text) {
    DocumentContent content = WebVttTranscriptReader.parse(FILE, text, ImportOptions.defaults());
    SpanInvariants.assertSane(content);
    return content;
  }

  @Test
  void readsVoiceTagsAndMergesConsecutiveCuesOfOneSpeaker() {
    String vtt =
        """
        WEBVTT - Zoom export

        NOTE recorded with consent

        1
        00:00:01.000 --> 00:00:04.000
        <v Dr. Chen>How long have you
        worked here?</v>

        2
        00:00:04.500 --> 00:00:06.000 align:start
        <v.loud Nurse K>Ten years &amp; more.

        00:00:06.000 --> 00:00:09.250
        <v Nurse K><i>Mostly</i> nights.
        """;
    DocumentContent content = parse(vtt);
    assertThat(content.text())
        .isEqualTo(
            "Dr. Chen: How long have you worked here?\nNurse K: Ten years & more. Mostly nights.");
    assertThat(content.format()).isEqualTo(SourceFormat.VTT);
    assertThat(content.name()).isEqualTo("meeting");
    assertThat(content.language()).isEqualTo(Language.ENGLISH);
    assertThat(content.sentences()).isEmpty();
    Turn nurse = content.turns().get(1);
    assertThat(nurse.speaker()).contains("Nurse K");
    assertThat(nurse.span().of(content.text())).isEqualTo("Ten years & more. Mostly nights.");
    assertThat(nurse.startMillis()).contains(4_500L);
    assertThat(nurse.endMillis()).contains(9_250L);
  }

  @Test
  void takesSpeakersFromNamePrefixesAsZoomWritesThem() {
    String vtt =
        """
        WEBVTT

        1
        00:00:01.000 --> 00:00:02.000
        Audrey Tang: Hello.

        2
        00:00:02.000 --> 00:00:03.000
        a line without speaker

        3
        00:00:03.000 --> 00:00:04.000
        another without speaker
        """;
    DocumentContent content = parse(vtt);
    assertThat(content.text())
        .isEqualTo("Audrey Tang: Hello.\na line without speaker\nanother without speaker");
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-"))
        .containsExactly("Audrey Tang", "-", "-");
    assertThat(content.turns().get(2).startMillis()).contains(3_000L);
  }

  @Test
  void refusesAFileWithoutHeader() {
    assertThatThrownBy(() -> parse("1\n00:00:01.000 --> 00:00:02.000\nHi\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("meeting.vtt: line 1: a WebVTT file must start with 'WEBVTT'");
  }

  @Test
  void refusesBrokenTimingNamingCueAndLine() {
    String vtt =
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHi\n\n2\n00:00:05.000 --> 00:00:03.000\nBye\n";
    assertThatThrownBy(() -> parse(vtt))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "meeting.vtt: cue 2 (line 8): ends at 00:00:03.000, before it starts at 00:00:05.000");
  }

  @Test
  void refusesUnparseableTimingNamingCueAndLine() {
    String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nHi\n";
    assertThatThrownBy(() -> parse(vtt))
        .hasMessageStartingWith("meeting.vtt: cue 1 (line 3): cannot read the timing");
  }

  @Test
  void refusesACueWithoutTimingLine() {
    String vtt = "WEBVTT\n\n1\n00:00:01.000 -> 00:00:02.000\nHi\n";
    assertThatThrownBy(() -> parse(vtt))
        .hasMessage(
            "meeting.vtt: cue 1 (line 4): expected a timing line 'start --> end', found '00:00:01.000 -> 00:00:02.000'");
  }

  @Test
  void refusesAFileWhoseCuesHaveNoText() {
    assertThatThrownBy(() -> parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A></v>\n"))
        .hasMessage("meeting.vtt: is empty (no cue has text)");
  }
}
