package org.verbatim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.core.nlp.SpanInvariants.texts;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

class CoreNlpSentenceSplitterTest {
  /** Built once: the pipeline is the costly part, and sharing it is what production does. */
  private static final CoreNlpSentenceSplitter SPLITTER = new CoreNlpSentenceSplitter();

  private static List<String> split(String text) {
    List<Sentence> sentences = SPLITTER.split(text, List.of(), Language.ENGLISH);
    SpanInvariants.assertSentencesSane(text, List.of(), sentences);
    return texts(text, sentences);
  }

  @Test
  void splitsAtSentenceEndsButNotAtAbbreviations() {
    assertThat(split("Dr. Chen met us at 9 a.m. on Monday. It went well! Did it? Yes."))
        .containsExactly(
            "Dr. Chen met us at 9 a.m. on Monday.", "It went well!", "Did it?", "Yes.");
  }

  @Test
  void keepsCurlyQuotesAndDashesVerbatim() {
    String text = "She said “we’ve had enough.” Then — silence… (laughter) OK.";
    List<String> sentences = split(text);
    assertThat(String.join(" ", sentences)).isEqualTo(text);
    assertThat(sentences.get(0)).isEqualTo("She said “we’ve had enough.”");
  }

  @Test
  void keepsOffsetsRightAfterEmojiAndUnusualCharacters() {
    String text = "I loved it 😀😀. Then the ☃ melted\u0007 away. Café is NFC.";
    assertThat(split(text))
        .containsExactly("I loved it 😀😀.", "Then the ☃ melted\u0007 away.", "Café is NFC.");
  }

  @Test
  void endsASentenceAtEveryLineBreak() {
    assertThat(split("Okay so\nwe started without punctuation\n\n  and then stopped."))
        .containsExactly("Okay so", "we started without punctuation", "and then stopped.");
  }

  @Test
  void splitsEachTurnOnItsOwnWithGlobalIndexes() {
    String text = "Interviewer: Hello there. How are\nP03: you? Fine";
    List<Turn> turns =
        List.of(
            Turn.untimed(0, Optional.of("Interviewer"), new Span(13, 33)),
            Turn.untimed(1, Optional.of("P03"), new Span(39, 48)));
    List<Sentence> sentences = SPLITTER.split(text, turns, Language.ENGLISH);
    SpanInvariants.assertSentencesSane(text, turns, sentences);
    assertThat(texts(text, sentences)).containsExactly("Hello there.", "How are", "you?", "Fine");
    assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
  }

  @Test
  void returnsNoSentencesForWhitespace() {
    assertThat(split(" \n\t ")).isEmpty();
  }
}
