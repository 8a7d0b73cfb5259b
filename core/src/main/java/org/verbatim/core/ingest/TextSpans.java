package org.verbatim.core.ingest;

import org.verbatim.core.model.Span;

/** Whitespace trimming of ranges of a text. */
final class TextSpans {
  private TextSpans() {}

  /** {@code [from, to)} without leading and trailing whitespace (possibly empty). */
  static Span trim(String text, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /** Java whitespace plus no-break and ideographic spaces, as the sentence splitters trim. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
