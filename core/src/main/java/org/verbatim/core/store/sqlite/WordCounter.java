package org.verbatim.core.store.sqlite;

/**
 * Counts words as a researcher would quote them: runs of letters or digits in alphabetic scripts,
 * and each Han character on its own (Chinese has no spaces; one character is the usual unit).
 */
final class WordCounter {
  private static final int FIRST_HAN = 0x2E80;

  private WordCounter() {}

  static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      // the script lookup is a search per character; nothing below U+2E80 is Han
      if (cp >= FIRST_HAN && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)
          || (inWord && (cp == '\'' || cp == '’' || cp == '-'))) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else {
        inWord = false;
      }
    }
    return words;
  }
}
