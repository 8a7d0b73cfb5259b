package org.verbatim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;

class LanguageAwareSentenceSplitterTest {
  private static SentenceSplitter constant(int end) {
    return (text, turns, language) -> List.of(new Sentence(0, new Span(0, end)));
  }

  @Test
  void handsEachLanguageToItsSplitter() {
    LanguageAwareSentenceSplitter splitter =
        new LanguageAwareSentenceSplitter(constant(1), constant(2));
    assertThat(splitter.split("abc", List.of(), Language.ENGLISH).get(0).span().end()).isEqualTo(1);
    assertThat(splitter.split("abc", List.of(), Language.CHINESE).get(0).span().end()).isEqualTo(2);
  }

  @Test
  void standardSplitterTreatsChinesePunctuationOnlyInChinese() {
    LanguageAwareSentenceSplitter splitter = LanguageAwareSentenceSplitter.standard();
    String text = "第一句。第二句。";
    assertThat(splitter.split(text, List.of(), Language.CHINESE)).hasSize(2);
    assertThat(splitter.split("One. Two.", List.of(), Language.ENGLISH)).hasSize(2);
  }
}
