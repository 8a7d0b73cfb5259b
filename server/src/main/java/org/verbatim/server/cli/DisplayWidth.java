package org.verbatim.server.cli;

/**
 * Terminal columns of text, for aligning lines that mix scripts: a Han, Hangul or full-width
 * character takes two columns, a combining mark none, anything else one (East Asian Width, as
 * terminals apply it).
 */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(String s) {
    return s.codePoints().map(DisplayWidth::columns).sum();
  }

  static int columns(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    boolean wide =
        (cp >= 0x1100 && cp <= 0x115F)
            || (cp >= 0x2E80 && cp <= 0x303E)
            || (cp >= 0x3041 && cp <= 0x33FF)
            || (cp >= 0x3400 && cp <= 0x4DBF)
            || (cp >= 0x4E00 && cp <= 0x9FFF)
            || (cp >= 0xA000 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x1F300 && cp <= 0x1F64F)
            || (cp >= 0x1F900 && cp <= 0x1F9FF)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  /** The end of {@code s} that fits {@code width} columns, padded with spaces on the left. */
  static String leftPad(String s, int width) {
    int used = 0;
    int start = s.length();
    while (start > 0) {
      int cp = s.codePointBefore(start);
      int w = columns(cp);
      if (used + w > width) {
        break;
      }
      used += w;
      start -= Character.charCount(cp);
    }
    return " ".repeat(width - used) + s.substring(start);
  }

  /** {@code s} cut to {@code width} columns and padded with spaces on the right. */
  static String rightPad(String s, int width) {
    int used = 0;
    int end = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int w = columns(cp);
      if (used + w > width) {
        break;
      }
      used += w;
      end += Character.charCount(cp);
    }
    return s.substring(0, end) + " ".repeat(width - used);
  }
}
