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

class ChineseSentenceSplitterTest {
  private final ChineseSentenceSplitter splitter = new ChineseSentenceSplitter();

  private List<String> split(String text) {
    List<Sentence> sentences = splitter.split(text, List.of(), Language.CHINESE);
    SpanInvariants.assertSentencesSane(text, List.of(), sentences);
    return texts(text, sentences);
  }

  @Test
  void splitsAtFullStopsQuestionAndExclamationMarks() {
    assertThat(split("台灣在新石器時代就已經分離了。您怎麼看這件事？太好了！"))
        .containsExactly("台灣在新石器時代就已經分離了。", "您怎麼看這件事？", "太好了！");
  }

  @Test
  void keepsClosingQuotesAfterTheMarkInTheSentence() {
    assertThat(split("他說「我們受夠了。」然後離開。她問：『真的嗎？』"))
        .containsExactly("他說「我們受夠了。」", "然後離開。", "她問：『真的嗎？』");
  }

  @Test
  void keepsARunOfMarksTogether() {
    assertThat(split("真的嗎？！我不知道……好吧。")).containsExactly("真的嗎？！", "我不知道……", "好吧。");
  }

  @Test
  void splitsAtSemicolonsAndHalfWidthMarksButNotAtAsciiFullStops() {
    assertThat(split("第一點；第二點是2.5倍!對嗎?")).containsExactly("第一點；", "第二點是2.5倍!", "對嗎?");
  }

  @Test
  void endsASentenceAtALineBreakAndTrimsWhitespace() {
    assertThat(split("  第一行沒有句號\n\n　第二行。  ")).containsExactly("第一行沒有句號", "第二行。");
  }

  @Test
  void neverCrossesTurnsAndIgnoresTextOutsideThem() {
    String text = "問：\n你好嗎？我很好\n唐鳳：謝謝。";
    List<Turn> turns =
        List.of(
            Turn.untimed(0, Optional.of("問"), new Span(3, 10)),
            Turn.untimed(1, Optional.of("唐鳳"), new Span(14, 17)));
    List<Sentence> sentences = splitter.split(text, turns, Language.CHINESE);
    SpanInvariants.assertSentencesSane(text, turns, sentences);
    assertThat(texts(text, sentences)).containsExactly("你好嗎？", "我很好", "謝謝。");
  }
}
