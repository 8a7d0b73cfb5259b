package org.verbatim.core.store.sqlite;

/**
 * Counts words as a researcher would quote them: runs of letters or digits in alphabetic scripts,
 * and each Han character on its own (Chinese has no spaces; one character is the usual unit).
 */
final class WordCounter {
  private WordCounter() {}

  static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      // no Han character lies below U+2E80; skipping the script lookup (a binary search) for the
      // rest makes counting a long Latin transcript several times faster
      if (cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
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
