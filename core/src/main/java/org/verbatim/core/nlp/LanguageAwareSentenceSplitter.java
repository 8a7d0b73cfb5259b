package org.verbatim.core.nlp;

import java.util.List;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Turn;

/** Hands each text to the splitter of its language. */
public final class LanguageAwareSentenceSplitter implements SentenceSplitter {
  private final SentenceSplitter english;
  private final SentenceSplitter chinese;

  public LanguageAwareSentenceSplitter(SentenceSplitter english, SentenceSplitter chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** CoreNLP for English, punctuation rules for Chinese; builds the CoreNLP pipeline now. */
  public static LanguageAwareSentenceSplitter standard() {
    return new LanguageAwareSentenceSplitter(
        new CoreNlpSentenceSplitter(), new ChineseSentenceSplitter());
  }

  @Override
  public List<Sentence> split(String text, List<Turn> turns, Language language) {
    return switch (language) {
      case ENGLISH -> english.split(text, turns, language);
      case CHINESE -> chinese.split(text, turns, language);
    };
  }
}
