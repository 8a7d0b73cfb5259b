package org.verbatim.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.model.Whitespace;

/**
 * Cuts regions of a text into trimmed sentence spans at given offsets and at every line break.
 *
 * <p>Splitters only propose cut points; turning them into spans here means that whatever a splitter
 * does (CoreNLP drops characters it cannot tokenize, for one), the sentences of a region never
 * overlap, never leave out non-whitespace text and never split a surrogate pair.
 */
final class SentencePartition {
  private final String text;
  private final List<Sentence> sentences = new ArrayList<>();

  SentencePartition(String text) {
    this.text = text;
  }

  /** The regions a splitter works on: the turns' spans, or the whole text when there are none. */
  static List<Span> regions(String text, List<Turn> turns) {
    if (turns.isEmpty()) {
      return List.of(new Span(0, text.length()));
    }
    return turns.stream().map(Turn::span).toList();
  }

  /**
   * Adds the sentences of {@code region}, cut at {@code cuts} (absolute offsets; those outside the
   * region are ignored) and after each line break.
   */
  void add(Span region, SortedSet<Integer> cuts) {
    TreeSet<Integer> all = new TreeSet<>();
    for (int cut : cuts.subSet(region.start() + 1, region.end())) {
      all.add(avoidSplittingSurrogates(cut));
    }
    for (int i = region.start(); i < region.end(); i++) {
      if (text.charAt(i) == '\n') {
        all.add(i + 1);
      }
    }
    all.add(region.end());
    int from = region.start();
    for (int to : all) {
      addTrimmed(from, Math.min(to, region.end()));
      from = Math.max(from, Math.min(to, region.end()));
    }
  }

  List<Sentence> sentences() {
    return List.copyOf(sentences);
  }

  private int avoidSplittingSurrogates(int cut) {
    if (cut > 0
        && cut < text.length()
        && Character.isHighSurrogate(text.charAt(cut - 1))
        && Character.isLowSurrogate(text.charAt(cut))) {
      return cut + 1;
    }
    return cut;
  }

  private void addTrimmed(int from, int to) {
    Span span = Whitespace.trim(text, from, to);
    if (span.length() > 0) {
      sentences.add(new Sentence(sentences.size(), span));
    }
  }
}
