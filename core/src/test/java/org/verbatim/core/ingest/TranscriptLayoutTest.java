package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Turn;
import org.verbatim.core.nlp.SpanInvariants;

class TranscriptLayoutTest {
  private static TranscriptLayout.Layout layout(String text) {
    return layout(text, SpeakerLabels.DEFAULT_PATTERN);
  }

  private static TranscriptLayout.Layout layout(String text, Pattern pattern) {
    TranscriptLayout.Layout layout = TranscriptLayout.of(text, pattern);
    SpanInvariants.assertTurnsSane(layout.text(), layout.turns());
    return layout;
  }

  private static List<String> speakers(TranscriptLayout.Layout layout) {
    return layout.turns().stream().map(t -> t.speaker().orElse("-")).toList();
  }

  private static List<String> spoken(TranscriptLayout.Layout layout) {
    return layout.turns().stream().map(t -> t.span().of(layout.text())).toList();
  }

  private static List<Optional<Long>> starts(TranscriptLayout.Layout layout) {
    return layout.turns().stream().map(Turn::startMillis).toList();
  }

  @Test
  void removesMarginLineNumbersAndTheirIndentFromTheText() {
    String text =
        "1\n"
            + "     Interview\n"
            + "2    Dan: Okay. So now you can stop sharing\n"
            + "     your screen.\n"
            + "\n"
            + "3    Participant: Okay.\n"
            + "\n"
            + "4    Dan: Do you use 20 plots?\n"
            + "\n"
            + "10   Participant: Yes, we use\n"
            + "     20 of them.\n"
            + "\n"
            + "11   Dan: Thanks.\n";
    TranscriptLayout.Layout layout = layout(text);
    assertThat(speakers(layout))
        .containsExactly("-", "Dan", "Participant", "Dan", "Participant", "Dan");
    assertThat(spoken(layout))
        .containsExactly(
            "Interview",
            "Okay. So now you can stop sharing\nyour screen.",
            "Okay.",
            "Do you use 20 plots?",
            "Yes, we use\n20 of them.",
            "Thanks.");
    assertThat(layout.text()).doesNotContain("10 ").doesNotContain("     ");
  }

  @Test
  void leavesANumberedListOfTasksAsItIs() {
    String text =
        "1 Read the home tab.\n\tAlright.\n2 Login.\n\tDone.\n3 Submit a query.\n4 Export.\n5 Close.\n";
    assertThat(layout(text).text()).isEqualTo(text);
  }

  @Test
  void keepsBracketedTimeStampsBeforeTheLabelAsCueTimes() {
    TranscriptLayout.Layout layout =
        layout("[00:00:05] Interviewer: How did it start?\n[00:01:23] Nurse K: Slowly.\n");
    assertThat(speakers(layout)).containsExactly("Interviewer", "Nurse K");
    assertThat(spoken(layout)).containsExactly("How did it start?", "Slowly.");
    assertThat(starts(layout)).containsExactly(Optional.of(5_000L), Optional.of(83_000L));
    assertThat(layout.text()).doesNotContain("00:0");
  }

  @Test
  void readsTimeStampsFollowedByADashAndFractions() {
    TranscriptLayout.Layout layout =
        layout("00:00:01.500 – Q: Ready?\n00:00:03 – A: Yes.\n01:02:03 - Q: Good.\n");
    assertThat(speakers(layout)).containsExactly("Q", "A", "Q");
    assertThat(starts(layout))
        .containsExactly(Optional.of(1_500L), Optional.of(3_000L), Optional.of(3_723_000L));
    assertThat(spoken(layout)).containsExactly("Ready?", "Yes.", "Good.");
  }

  @Test
  void readsASpeakerHeadingWithTheTimeAfterTheNameAndTheSpeechBelow() {
    TranscriptLayout.Layout layout =
        layout(
            "Speaker 1  00:00:03\nSo tell me about the ward.\n\nSpeaker 2  0:15\nIt is busy.\n"
                + "Very busy.\n\nSpeaker 1  01:02\nI see.\n");
    assertThat(speakers(layout)).containsExactly("Speaker 1", "Speaker 2", "Speaker 1");
    assertThat(spoken(layout))
        .containsExactly("So tell me about the ward.", "It is busy.\nVery busy.", "I see.");
    assertThat(starts(layout))
        .containsExactly(Optional.of(3_000L), Optional.of(15_000L), Optional.of(62_000L));
  }

  @Test
  void readsATeamsTranscriptWithATimeLineAndASpeakerLinePerTurn() {
    TranscriptLayout.Layout layout =
        layout(
            "0:0:0.0 --> 0:0:4.120\nJane Doe\nWelcome, everyone.\n\n"
                + "0:0:4.120 --> 0:0:9.0\nJohn Smith\nThanks for having me.\n");
    assertThat(speakers(layout)).containsExactly("Jane Doe", "John Smith");
    assertThat(spoken(layout)).containsExactly("Welcome, everyone.", "Thanks for having me.");
    assertThat(starts(layout)).containsExactly(Optional.of(0L), Optional.of(4_120L));
  }

  @Test
  void givesOralHistoryParagraphsTheirMarginTimesWithoutInventingSpeakers() {
    String text =
        "INTERVIEW NO.4\n\n"
            + "0.23   Well, my name is Pat and I live at Lapstone. I was born\n"
            + "       in 1922.\n\n"
            + "1.01   What did your father do?\n\n"
            + "       He drove steam locomotives.\n\n"
            + "2.19   Where was your mother's home?\n";
    TranscriptLayout.Layout layout = layout(text);
    assertThat(speakers(layout)).containsOnly("-");
    assertThat(spoken(layout))
        .containsExactly(
            "INTERVIEW NO.4",
            "Well, my name is Pat and I live at Lapstone. I was born\nin 1922.",
            "What did your father do?",
            "He drove steam locomotives.",
            "Where was your mother's home?");
    assertThat(starts(layout))
        .containsExactly(
            Optional.empty(),
            Optional.of(23_000L),
            Optional.of(61_000L),
            Optional.empty(),
            Optional.of(139_000L));
  }

  @Test
  void readsInterviewerAndRespondentInitialsAndCapitalisedRoles() {
    assertThat(speakers(layout("I: Where do you work?\nR: At the clinic.\nI: Since when?\n")))
        .containsExactly("I", "R", "I");
    assertThat(speakers(layout("INTERVIEWER: Hello.\nRESPONDENT: Hi.\n")))
        .containsExactly("INTERVIEWER", "RESPONDENT");
  }

  @Test
  void readsLabelsOnALineOfTheirOwnWithTheSpeechBelow() {
    TranscriptLayout.Layout colon =
        layout("### Interviewer:\n\nHow long?\n\n### Nurse K:\n\nTen years.\n");
    assertThat(speakers(colon)).containsExactly("Interviewer", "Nurse K");
    assertThat(spoken(colon)).containsExactly("How long?", "Ten years.");
    TranscriptLayout.Layout bare =
        layout(
            "INTERVIEWER\nHow long?\n\nNURSE K\nTen years.\n\nINTERVIEWER\nWhy?\n\nNURSE K\nPay.\n");
    assertThat(speakers(bare)).containsExactly("INTERVIEWER", "NURSE K", "INTERVIEWER", "NURSE K");
    assertThat(spoken(bare)).containsExactly("How long?", "Ten years.", "Why?", "Pay.");
  }

  @Test
  void takesAOneOffLabelInRunningProseForText() {
    String prose =
        "We met at the clinic on a Tuesday.\n"
            + "The ward was quiet and the staff were tired.\n"
            + "Aside: the heating had failed again.\n"
            + "Nobody complained, though everyone noticed.\n"
            + "We left at six.\n";
    assertThat(layout(prose).turns()).isEmpty();
    assertThat(layout(prose).text()).isEqualTo(prose);
  }

  @Test
  void takesACustomPatternAtItsWordEvenForOneLabel() {
    String text = "Some prose here.\nAside: one label.\nMore prose.\nAnd more.\n";
    TranscriptLayout.Layout layout = layout(text, Pattern.compile("(?<speaker>Aside):"));
    assertThat(speakers(layout)).containsExactly("-", "Aside");
  }

  @Test
  void endsTheTurnsOfTheOnlyLabelledSpeakerAtTheirParagraph() {
    String text =
        "1 Read the home tab.\n"
            + "\tAlright, so I have logged in.\n"
            + "\tMODERATOR: Could you please start in task 1?\n"
            + "\tOkay, yeah that's cool.\n"
            + "\tI think so.\n"
            + "\tMODERATOR: Thanks.\n"
            + "\tNo problem.\n";
    TranscriptLayout.Layout layout = layout(text);
    assertThat(speakers(layout)).containsExactly("-", "MODERATOR", "-", "MODERATOR", "-");
    assertThat(spoken(layout))
        .containsExactly(
            "1 Read the home tab.\n\tAlright, so I have logged in.",
            "Could you please start in task 1?",
            "Okay, yeah that's cool.\n\tI think so.",
            "Thanks.",
            "No problem.");
  }

  @Test
  void leavesTextWithoutLayoutUnchanged() {
    String text = "Interviewer: Café?\nP03: Yes — “please”.\n";
    TranscriptLayout.Layout layout = layout(text);
    assertThat(layout.text()).isEqualTo(text);
    assertThat(speakers(layout)).containsExactly("Interviewer", "P03");
  }
}
