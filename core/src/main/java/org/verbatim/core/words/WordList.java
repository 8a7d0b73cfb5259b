package org.verbatim.core.words;

import java.util.List;

/**
 * The words of a scope, most frequent first (ties by word), at most the limit asked for; {@code
 * tokens} counts every word counted (stop words and tokens without a letter excluded), {@code
 * distinct} the different words, {@code documents} the documents read.
 */
public record WordList(List<WordCount> words, long tokens, int distinct, int documents) {
  public WordList {
    words = List.copyOf(words);
  }
}
