package org.verbatim.core.nlp;

import java.util.List;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Turn;

/** Finds sentence boundaries in a document's stored text. */
public interface SentenceSplitter {
  /**
   * Splits {@code text} into sentences. Each turn's span is split on its own, so no sentence
   * crosses a turn boundary; without turns the whole text is split. Text outside every turn (a
   * speaker label, blank lines) belongs to no sentence. A line break always ends a sentence.
   *
   * @param text the stored (normalised) text
   * @param turns the text's turns in reading order, possibly empty
   * @param language the language whose rules apply
   * @return sentences in reading order, indexed from 0; each span is a UTF-16, half-open range of
   *     {@code text}, non-empty and without surrounding whitespace, and together they cover every
   *     non-whitespace character of the turns
   */
  List<Sentence> split(String text, List<Turn> turns, Language language);
}
