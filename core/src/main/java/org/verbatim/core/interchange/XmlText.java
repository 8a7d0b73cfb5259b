package org.verbatim.core.interchange;

/** Text fit for XML 1.0: characters XML cannot carry (most C0 controls) are dropped. */
final class XmlText {
  private XmlText() {}

  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      if (!ok && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
