package org.verbatim.core.deid;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form a surface is grouped and matched by: Chinese folded to Simplified, runs of spaces as
 * one, a possessive ("Lin's") and a title's full stop ("Dr. Lin") dropped. Its {@link #pattern}
 * finds every variant of it in a folded text.
 */
final class FormKey {
  /** Titles before a name whose full stop is optional ("Dr Lin" and "Dr. Lin"). */
  static final Set<String> TITLES =
      Set.of("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Mx", "Sr", "St", "Rev", "Nurse");

  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private FormKey() {}

  /** The key of a surface form. */
  static String of(String surface) {
    String s = SPACES.matcher(HanScript.fold(surface).strip()).replaceAll(" ");
    s = POSSESSIVE.matcher(s).replaceAll("");
    String[] words = s.split(" ");
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      out.append(TITLES.contains(bare) ? bare : w);
    }
    return out.toString().strip();
  }

  /**
   * A regular expression that finds {@code key} in a folded text: words apart by any white space, a
   * title with or without its full stop, never inside a longer word of letters or digits (Chinese
   * has no word boundaries, so Han ends are left open); a plural possessive's "s'" may follow.
   */
  static String pattern(String key) {
    StringBuilder p = new StringBuilder();
    if (!key.isEmpty() && !HanScript.isHan(key.charAt(0))) {
      p.append("(?<![\\p{L}\\p{N}])");
    }
    String[] words = key.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        p.append("\\s+");
      }
      p.append(Pattern.quote(words[i]));
      if (TITLES.contains(words[i])) {
        p.append("\\.?");
      }
    }
    if (!key.isEmpty() && !HanScript.isHan(key.charAt(key.length() - 1))) {
      // a plural possessive ("the Chens' house") names the same family
      p.append("(?:(?![\\p{L}\\p{N}])|(?=s['\u2019](?![\\p{L}\\p{N}])))");
    }
    return p.toString();
  }
}
