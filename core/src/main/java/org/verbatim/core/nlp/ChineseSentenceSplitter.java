package org.verbatim.core.nlp;

import java.util.List;
import java.util.TreeSet;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/**
 * Splits Chinese text after sentence-final punctuation: 。｡！？!?；…‥ and at line breaks.
 *
 * <p>A run of such marks ("！？", "……") ends one sentence, and closing quotes and brackets that
 * follow it (」』”’）》〉】) stay in that sentence, as Chinese typesetting puts them. The ASCII full stop
 * and semicolon are not boundaries: in Chinese transcripts it shows up in numbers, abbreviations
 * and embedded English far more often than as a sentence end. The {@code language} argument is
 * ignored; the rules are the same for Traditional and Simplified script.
 */
public final class ChineseSentenceSplitter implements SentenceSplitter {
  private static final String TERMINATORS = "。｡！？!?；…‥";
  private static final String CLOSERS = "」』”’）)》〉】〕］]\"'";

  @Override
  public List<Sentence> split(String text, List<Turn> turns, Language language) {
    SentencePartition partition = new SentencePartition(text);
    for (Span region : SentencePartition.regions(text, turns)) {
      partition.add(region, cuts(text, region));
    }
    return partition.sentences();
  }

  private static TreeSet<Integer> cuts(String text, Span region) {
    TreeSet<Integer> cuts = new TreeSet<>();
    int i = region.start();
    while (i < region.end()) {
      if (TERMINATORS.indexOf(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      while (i < region.end() && TERMINATORS.indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      while (i < region.end() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      cuts.add(i);
    }
    return cuts;
  }
}
