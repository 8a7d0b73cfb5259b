package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.core.nlp.SpanInvariants.texts;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.nlp.SpanInvariants;

class TranscriptImportIT {
  private static TranscriptImport importer;

  @BeforeAll
  static void buildPipelineOnce() {
    importer = TranscriptImport.withStandardSplitter();
  }

  private static DocumentContent read(String resource) {
    DocumentContent content = importer.read(Resources.ingest(resource), ImportOptions.defaults());
    SpanInvariants.assertSane(content);
    assertThat(content.sentences()).isNotEmpty();
    return content;
  }

  @Test
  void importsAnEnglishTextTranscriptWithSentencesInsideTurns() {
    DocumentContent content = read("interview-en.txt");
    assertThat(content.language()).isEqualTo(Language.ENGLISH);
    assertThat(texts(content.text(), content.sentences()))
        .containsExactly(
            "Interview 7 — ward nurses, March 2024",
            "Note: names are pseudonyms.",
            "Thank you for joining.",
            "How long have you worked on the ward?",
            "About ten years.",
            "Mostly nights, to be honest.",
            "I started in 2014.",
            "Dr. Chen hired me.",
            "What changed when the new rota came in?",
            "Everything — “we had no say,” as my colleague put it.");
  }

  @Test
  void importsAChineseTextTranscriptSplittingAtChinesePunctuation() {
    DocumentContent content = read("interview-zh.txt");
    assertThat(content.language()).isEqualTo(Language.CHINESE);
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElse("-"))
        .containsExactly("-", "訪談者", "社工I", "訪談者", "社工I");
    assertThat(texts(content.text(), content.sentences()))
        .containsSubsequence("大概八年了。", "一開始是做個案管理，後來轉到社區。", "人力不足！", "我們常常說「一個人當三個人用。」", "真的很累……");
  }

  @Test
  void importsWebVttWithCueTimesAndSentences() {
    DocumentContent content = read("zoom.vtt");
    assertThat(content.format()).isEqualTo(SourceFormat.VTT);
    assertThat(content.turns()).hasSize(2);
    assertThat(content.turns().get(0).endMillis()).contains(5_000L);
    assertThat(texts(content.text(), content.sentences()))
        .containsExactly(
            "Thank you for joining.",
            "How long have you worked here?",
            "About ten years.",
            "Mostly nights.");
  }

  @Test
  void importsSrtWithWindowsLineEnds() {
    DocumentContent content = read("captions.srt");
    assertThat(content.text())
        .isEqualTo("Interviewer: Thank you for joining.\nNurse K: About ten years.");
    assertThat(content.turns().get(1).startMillis()).contains(5_400L);
  }

  @Test
  void honoursTheLanguageGiven() {
    DocumentContent content =
        importer.read(
            Resources.ingest("interview-en.txt"),
            ImportOptions.defaults().withLanguage(Language.CHINESE));
    assertThat(content.language()).isEqualTo(Language.CHINESE);
    // Chinese rules do not split at ASCII full stops, so a whole English line is one sentence.
    assertThat(texts(content.text(), content.sentences()))
        .contains("About ten years. Mostly nights, to be honest.");
  }

  @Test
  void refusesUnknownFormatsBeforeReading() {
    assertThatThrownBy(
            () -> importer.read(Resources.ingest("participants.csv"), ImportOptions.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("participants.csv: cannot import .csv files");
  }
}
