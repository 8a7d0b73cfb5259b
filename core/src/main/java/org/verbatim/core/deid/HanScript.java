package org.verbatim.core.deid;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds Traditional Chinese characters to Simplified ones, character by character with ICU's {@code
 * Hant-Hans} transliterator, so that "嘉南" and its other script match alike. Only one-to-one
 * mappings are used, which keeps every offset of the folded text that of the original.
 */
final class HanScript {
  private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
  private static final ConcurrentHashMap<Character, Character> FOLDED = new ConcurrentHashMap<>();

  private HanScript() {}

  /**
   * {@code text} with each Traditional character that has a one-character Simplified form folded.
   */
  static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isHan(c)) {
        continue;
      }
      char f = FOLDED.computeIfAbsent(c, HanScript::simplified);
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  static boolean hasHan(String text) {
    return text.chars().anyMatch(c -> isHan((char) c));
  }

  private static char simplified(char c) {
    String s;
    synchronized (TO_SIMPLIFIED) {
      // a Transliterator is not safe for concurrent use
      s = TO_SIMPLIFIED.transliterate(String.valueOf(c));
    }
    return s.length() == 1 ? s.charAt(0) : c;
  }
}
