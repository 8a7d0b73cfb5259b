package org.verbatim.core.model;

/** The whitespace that importers and sentence splitters trim from turns and sentences. */
public final class Whitespace {
  private Whitespace() {}

  /** Java whitespace plus no-break and ideographic spaces and a stray byte-order mark. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /**
   * {@code [from, to)} of {@code text} without leading and trailing whitespace (possibly empty).
   */
  public static Span trim(String text, int from, int to) {
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
}
