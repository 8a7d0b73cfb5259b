package org.verbatim.core.nlp;

/**
 * One token of a document: its UTF-16, half-open range {@code [start, end)} of the stored text, its
 * word form, lemma, part-of-speech tag and named-entity tag.
 *
 * <p>{@code word} is CoreNLP's token text, which may differ from the stored characters (quotes and
 * brackets are normalised); {@code start}/{@code end} always point into the stored text. For
 * Chinese segmented by ICU, {@code lemma} equals {@code word}, {@code pos} is empty and {@code ner}
 * is {@code "O"}. {@code ner} is {@code "O"} outside any entity, as CoreNLP writes it.
 */
public record Token(int start, int end, String word, String lemma, String pos, String ner) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
    }
  }

  /** Whether CoreNLP (or a pattern) put this token in a named entity. */
  public boolean isEntity() {
    return !"O".equals(ner);
  }
}
