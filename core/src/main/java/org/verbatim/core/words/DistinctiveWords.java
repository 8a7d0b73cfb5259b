package org.verbatim.core.words;

import java.util.List;

/**
 * Distinctive words of a code's or theme's passages, highest keyness first; {@code target} and
 * {@code reference} are the word totals (stop words excluded) of the passages and of the rest of
 * the corpus in scope.
 */
public record DistinctiveWords(List<Keyness> words, long target, long reference) {
  public DistinctiveWords {
    words = List.copyOf(words);
  }
}
