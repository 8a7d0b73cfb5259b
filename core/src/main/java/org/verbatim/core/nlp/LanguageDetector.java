package org.verbatim.core.nlp;

import org.verbatim.core.model.Language;

/**
 * Guesses a transcript's language from its script: Chinese when Han characters make up at least
 * {@value #HAN_SHARE_FOR_CHINESE} of the Han plus Latin letters, English otherwise.
 *
 * <p>Counting scripts rather than words is enough because Verbatim knows two languages whose
 * scripts do not overlap. Chinese transcripts often carry English words ("vTaiwan", "feedback") and
 * English ones Chinese names, so the decision is a share, not the presence of a script. A Han
 * character carries roughly a word, a Latin letter a fifth of one, which is why the threshold sits
 * below one half. Text without letters counts as English.
 */
public final class LanguageDetector {
  /** Share of Han among Han plus Latin letters from which a text counts as Chinese. */
  public static final double HAN_SHARE_FOR_CHINESE = 0.3;

  /** Returns the language whose script dominates {@code text}. */
  public Language detect(String text) {
    long han = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN) {
        han++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (han == 0) {
      return Language.ENGLISH;
    }
    return (double) han / (han + latin) >= HAN_SHARE_FOR_CHINESE
        ? Language.CHINESE
        : Language.ENGLISH;
  }
}
