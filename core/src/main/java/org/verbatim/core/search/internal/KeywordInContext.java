package org.verbatim.core.search.internal;

/**
 * Cuts the context around a match for display: up to {@link #CONTEXT} UTF-16 units on each side,
 * within the entry's text, shortened to a word boundary where one is near, never splitting a
 * surrogate pair, with line breaks and tabs shown as spaces. The match itself is never altered.
 */
public final class KeywordInContext {
  /** Context length on each side, in UTF-16 code units. */
  public static final int CONTEXT = 60;

  /** How far inward a cut may move to land on a space rather than mid-word. */
  private static final int WORD_SLACK = 15;

  private KeywordInContext() {}

  /** The display text before {@code [start, end)} in {@code text}. */
  public static String before(String text, int start) {
    int from = Math.max(0, start - CONTEXT);
    if (from > 0) {
      int space = text.indexOf(' ', from);
      if (space >= 0 && space < Math.min(start, from + WORD_SLACK)) {
        from = space + 1;
      } else if (Character.isLowSurrogate(text.charAt(from))) {
        from++;
      }
    }
    return display(text.substring(from, start));
  }

  /** The display text after the match ending at {@code end} in {@code text}. */
  public static String after(String text, int end) {
    int to = Math.min(text.length(), end + CONTEXT);
    if (to < text.length()) {
      int space = text.lastIndexOf(' ', to);
      if (space > end && space > to - WORD_SLACK) {
        to = space;
      } else if (Character.isHighSurrogate(text.charAt(to - 1))) {
        to--;
      }
    }
    return display(text.substring(end, to));
  }

  private static String display(String context) {
    return context.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
