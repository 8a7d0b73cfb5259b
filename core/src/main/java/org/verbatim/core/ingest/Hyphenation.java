package org.verbatim.core.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins words that typesetting split with a hyphen at a line end ("tran-" / "scripts"), as PDF text
 * layers keep them. A split is joined only when it is clearly one word: lower-case letters on both
 * sides, and the hyphenated form ("well-known") appears nowhere else in the text; when it does, the
 * hyphen stays and only the line break goes.
 */
final class Hyphenation {
  private static final Pattern SPLIT =
      Pattern.compile("(\\p{Ll}[\\p{L}]*)-\\n[ \\t]*(\\p{Ll}[\\p{L}]*)");
  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+-\\p{L}+");

  private Hyphenation() {}

  static String join(String text) {
    if (text.indexOf("-\n") < 0) {
      return text;
    }
    Set<String> compounds = new HashSet<>();
    Matcher h = HYPHENATED.matcher(text);
    while (h.find()) {
      compounds.add(h.group().toLowerCase(Locale.ROOT));
    }
    Matcher m = SPLIT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String compound = (m.group(1) + "-" + m.group(2)).toLowerCase(Locale.ROOT);
      String joined =
          compounds.contains(compound) ? m.group(1) + "-" + m.group(2) : m.group(1) + m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(joined));
    }
    m.appendTail(out);
    return out.toString();
  }
}
