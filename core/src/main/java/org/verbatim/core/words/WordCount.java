package org.verbatim.core.words;

/** How often a word (an English lemma or a Chinese segmented word) occurs in a scope. */
public record WordCount(String word, long count) {
  public WordCount {
    if (word.isEmpty() || count < 0) {
      throw new IllegalArgumentException("bad word count '" + word + "' " + count);
    }
  }
}
