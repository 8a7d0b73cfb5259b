package org.verbatim.core.nlp;

import java.util.List;

/** Turns a text into tokens; one implementation per language. Implementations are thread-safe. */
interface TextAnnotator {
  /**
   * A name for what this annotator produces; cached annotations made under another version are made
   * again.
   */
  String version();

  /** The tokens of {@code text} in reading order, with offsets into {@code text}. */
  List<Token> annotate(String text);
}
