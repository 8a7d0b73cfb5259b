package org.verbatim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/** Checks the offset invariants every importer and splitter must keep. */
public final class SpanInvariants {
  private SpanInvariants() {}

  /** Turns and sentences of {@code content} (sentences may be absent). */
  public static void assertSane(DocumentContent content) {
    assertTurnsSane(content.text(), content.turns());
    if (!content.sentences().isEmpty()) {
      assertSentencesSane(content.text(), content.turns(), content.sentences());
    }
  }

  /** Turns lie in the text in order, without overlap, trimmed, non-empty, indexed from 0. */
  public static void assertTurnsSane(String text, List<Turn> turns) {
    int previousEnd = 0;
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      Span span = turn.span();
      assertThat(turn.index()).as("turn index").isEqualTo(i);
      assertThat(span.end()).as("turn %d end", i).isLessThanOrEqualTo(text.length());
      assertThat(span.start()).as("turn %d start", i).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.length()).as("turn %d length", i).isPositive();
      assertTrimmed(text, span, "turn " + i);
      assertThat(span.of(text)).isEqualTo(text.substring(span.start(), span.end()));
      turn.speaker().ifPresent(s -> assertThat(s).as("speaker").isNotBlank().isEqualTo(s.strip()));
      if (turn.startMillis().isPresent() && turn.endMillis().isPresent()) {
        assertThat(turn.endMillis().get()).isGreaterThanOrEqualTo(turn.startMillis().get());
      }
      previousEnd = span.end();
    }
  }

  /**
   * Sentences are indexed from 0, in order, trimmed, non-empty, each inside one turn, and cover
   * every non-whitespace character of the turns (of the whole text when there are none).
   */
  public static void assertSentencesSane(String text, List<Turn> turns, List<Sentence> sentences) {
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      Span span = sentence.span();
      assertThat(sentence.index()).as("sentence index").isEqualTo(i);
      assertThat(span.end()).as("sentence %d end", i).isLessThanOrEqualTo(text.length());
      assertThat(span.start()).as("sentence %d start", i).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.length()).as("sentence %d length", i).isPositive();
      assertTrimmed(text, span, "sentence " + i);
      assertThat(Character.isLowSurrogate(text.charAt(span.start()))).isFalse();
      assertThat(Character.isHighSurrogate(text.charAt(span.end() - 1))).isFalse();
      if (!turns.isEmpty()) {
        assertThat(turns)
            .as("sentence %d '%s' inside one turn", i, span.of(text))
            .anyMatch(t -> t.span().start() <= span.start() && span.end() <= t.span().end());
      }
      previousEnd = span.end();
    }
    List<Span> regions =
        turns.isEmpty()
            ? List.of(new Span(0, text.length()))
            : turns.stream().map(Turn::span).toList();
    int s = 0;
    for (Span region : regions) {
      for (int at = region.start(); at < region.end(); at++) {
        if (isSpace(text.charAt(at))) {
          continue;
        }
        while (s < sentences.size() && sentences.get(s).span().end() <= at) {
          s++;
        }
        int offset = at;
        assertThat(s < sentences.size() && sentences.get(s).span().contains(offset))
            .as("character %d '%s' is in a sentence", offset, text.charAt(offset))
            .isTrue();
      }
    }
  }

  /** The texts of {@code sentences}, for readable assertions. */
  public static List<String> texts(String text, List<Sentence> sentences) {
    return sentences.stream().map(s -> s.span().of(text)).toList();
  }

  private static void assertTrimmed(String text, Span span, String what) {
    if (span.length() == 0) {
      return;
    }
    assertThat(isSpace(text.charAt(span.start()))).as("%s starts with whitespace", what).isFalse();
    assertThat(isSpace(text.charAt(span.end() - 1))).as("%s ends with whitespace", what).isFalse();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
