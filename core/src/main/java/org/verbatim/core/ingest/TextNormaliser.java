package org.verbatim.core.ingest;

import java.text.Normalizer;

/**
 * Normalises imported text once, before it is stored: Unicode NFC, {@code \n} line ends, no byte
 * order mark. Nothing else changes (no trimming, no whitespace folding), so quotes stay verbatim.
 */
public final class TextNormaliser {
  private TextNormaliser() {}

  /** Returns {@code text} in NFC with {@code \r\n} and lone {@code \r} turned into {@code \n}. */
  public static String normalise(String text) {
    String s = text;
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    if (s.indexOf('\r') >= 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
