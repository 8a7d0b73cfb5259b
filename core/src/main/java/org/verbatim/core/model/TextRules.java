package org.verbatim.core.model;

/**
 * The one place where text that people type (code names, definitions, memos) and offsets into
 * stored text are checked: well-formed UTF-16 (no lone surrogate, which SQLite would store as
 * {@code ?}), no control characters in names, sane lengths, and ranges that never cut a character
 * made of a surrogate pair in half. Limits are in UTF-16 code units, like every offset.
 */
public final class TextRules {
  /** Longest code name. */
  public static final int MAX_NAME = 200;

  /** Longest code definition. */
  public static final int MAX_DEFINITION = 10_000;

  /** Longest memo, whether a memo of its own or the memo of a coding. */
  public static final int MAX_MEMO = 100_000;

  private TextRules() {}

  /**
   * A name: stripped, not blank, at most {@code max} units, well-formed, no control characters
   * (NUL, line breaks, tabs).
   *
   * @return the stripped name
   * @throws InvalidInputException naming {@code what} and the problem
   */
  public static String name(String value, String what, int max) {
    String n = value.strip();
    if (n.isEmpty()) {
      throw new InvalidInputException(what + " must not be blank");
    }
    text(n, what, max);
    for (int i = 0; i < n.length(); i++) {
      if (Character.isISOControl(n.charAt(i))) {
        throw new InvalidInputException(
            what
                + " must be one line without control characters; found U+"
                + String.format("%04X", (int) n.charAt(i))
                + " at offset "
                + i);
      }
    }
    return n;
  }

  /**
   * Free text: at most {@code max} units, well-formed UTF-16, no NUL.
   *
   * @throws InvalidInputException naming {@code what} and the problem
   */
  public static String text(String value, String what, int max) {
    if (value.length() > max) {
      throw new InvalidInputException(
          what + " must be at most " + max + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == 0) {
        throw new InvalidInputException(what + " must not contain NUL (at offset " + i + ")");
      }
      if (Character.isHighSurrogate(ch)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        throw new InvalidInputException(
            what + " is not valid Unicode: a lone surrogate U+" + hex(ch) + " at offset " + i);
      }
    }
    return value;
  }

  /**
   * Checks that {@code span} neither starts nor ends inside a surrogate pair of {@code text}.
   *
   * @param document names the document in the message
   * @throws InvalidInputException naming the offset that splits a character
   */
  public static void wholeCharacters(String text, Span span, String document) {
    for (int offset : new int[] {span.start(), span.end()}) {
      if (splitsPair(text, offset)) {
        throw new InvalidInputException(
            "offset "
                + offset
                + " of document "
                + document
                + " falls inside a character (between the two halves of a surrogate pair);"
                + " use "
                + (offset - 1)
                + " or "
                + (offset + 1));
      }
    }
  }

  /** Whether a boundary at {@code offset} would cut a surrogate pair of {@code text} in half. */
  public static boolean splitsPair(String text, int offset) {
    return offset > 0
        && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }

  private static String hex(char ch) {
    return String.format("%04X", (int) ch);
  }
}
