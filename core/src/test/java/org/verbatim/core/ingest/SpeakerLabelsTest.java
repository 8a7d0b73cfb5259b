package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.core.model.Turn;
import org.verbatim.core.nlp.SpanInvariants;

class SpeakerLabelsTest {
  private static List<Turn> turns(String text) {
    List<Turn> turns = SpeakerLabels.turns(text, SpeakerLabels.DEFAULT_PATTERN);
    SpanInvariants.assertTurnsSane(text, turns);
    return turns;
  }

  private static Optional<String> speakerOf(String line) {
    List<Turn> turns = turns(line + " text");
    return turns.isEmpty() ? Optional.empty() : turns.get(0).speaker();
  }

  @Test
  void cutsTurnsAtLabelsAndSpansOnlyTheSpokenText() {
    String text = "Interviewer: How long?\nP03:  Ten years.\nMore on that.\n\nInterviewer: Thanks.";
    List<Turn> turns = turns(text);
    assertThat(turns)
        .extracting(t -> t.speaker().orElseThrow())
        .containsExactly("Interviewer", "P03", "Interviewer");
    assertThat(turns)
        .extracting(t -> t.span().of(text))
        .containsExactly("How long?", "Ten years.\nMore on that.", "Thanks.");
  }

  @Test
  void makesTextBeforeTheFirstLabelATurnWithoutSpeaker() {
    String text =
        "# 2019-11-23 Interview with DW Business\n\n### Interviewer:\nFor five months now.";
    List<Turn> turns = turns(text);
    assertThat(turns).hasSize(2);
    assertThat(turns.get(0).speaker()).isEmpty();
    assertThat(turns.get(0).span().of(text)).isEqualTo("# 2019-11-23 Interview with DW Business");
    assertThat(turns.get(1).speaker()).contains("Interviewer");
    assertThat(turns.get(1).span().of(text)).isEqualTo("For five months now.");
  }

  @Test
  void findsNoTurnsInTextWithoutLabels() {
    assertThat(turns("Just a story.\nNote: the time was late.")).isEmpty();
  }

  @Test
  void dropsALabelThatIsFollowedByNoText() {
    String text = "### Interviewer:\n\n### Audrey Tang:\nYes.";
    assertThat(turns(text))
        .singleElement()
        .satisfies(t -> assertThat(t.speaker()).contains("Audrey Tang"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Interviewer:",
        "P03:",
        "Dr. Chen:",
        "Social Worker I:",
        "MODERATOR:",
        "Ludwig van Beethoven:",
        "\tMODERATOR:",
        "### Audrey Tang:",
        "**Nurse K:**",
        "訪談者：",
        "問：",
        "I:"
      })
  void acceptsCommonLabels(String label) {
    assertThat(speakerOf(label)).isPresent();
  }

  @Test
  void takesTheNameWithoutRoleOrMarkup() {
    assertThat(speakerOf("Dr. Chen (interviewer):")).contains("Dr. Chen");
    assertThat(speakerOf("德國之聲（記者）：")).contains("德國之聲");
    assertThat(speakerOf("### 唐鳳：")).contains("唐鳳");
    assertThat(speakerOf("**Nurse K:**")).contains("Nurse K");
    assertThat(speakerOf("職能治療師 C：有，去年開始的。")).contains("職能治療師 C");
    assertThat(speakerOf("同儕支持員 W：")).contains("同儕支持員 W");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Note: the time was late",
        "NOTE: inaudible",
        "Date: 12 May 2021",
        "Task 2: open the query tab",
        "My point is: nobody asked",
        "so I said: fine",
        "10:30 we started",
        "He said it was the First Big Long Day: nothing",
        "他說：好",
        "舉例來講：比如說",
        "http://example.org",
        "Time:10:30"
      })
  void refusesProseMetadataAndTimestamps(String line) {
    assertThat(speakerOf(line)).isEmpty();
  }

  @Test
  void refusesNamesLongerThanTheLimit() {
    String name = "A" + "b".repeat(SpeakerLabels.MAX_NAME_LENGTH);
    assertThat(speakerOf(name + ":")).isEmpty();
  }

  @Test
  void acceptsACustomPatternWithASpeakerGroup() {
    Pattern pattern = Pattern.compile("\\[(?<speaker>[^\\]]+)\\]");
    String text = "[Anna] hello\n[Ben] hi";
    List<Turn> turns = SpeakerLabels.turns(text, pattern);
    assertThat(turns).extracting(t -> t.speaker().orElseThrow()).containsExactly("Anna", "Ben");
    assertThat(turns.get(0).span().of(text)).isEqualTo("hello");
  }
}
