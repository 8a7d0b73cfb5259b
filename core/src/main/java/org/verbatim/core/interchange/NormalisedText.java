package org.verbatim.core.interchange;

import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import org.verbatim.core.ingest.TextNormaliser;

/**
 * A source text as another tool stored it (BOM already removed) and as Verbatim stores it ({@link
 * TextNormaliser}: {@code \n} line ends, NFC), with the exact mapping of UTF-16 offsets from the
 * first to the second. A range boundary inside something normalisation merges (between the CR and
 * LF of a line end, inside a sequence NFC composes) widens to take in all of it, so a highlight
 * never loses a character it covered and never moves.
 */
final class NormalisedText {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final String raw;
  private final String text;
  // null when normalising changed nothing: offsets map to themselves
  private final int[] starts;
  private final int[] ends;

  private NormalisedText(String raw, String text, int[] starts, int[] ends) {
    this.raw = raw;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** Normalises {@code raw} (without BOM), keeping the offset mapping. */
  static NormalisedText of(String raw) {
    if (raw.indexOf('\r') < 0 && Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
      return new NormalisedText(raw, raw, null, null);
    }
    int n = raw.length();
    // pass 1: line ends
    StringBuilder lines = new StringBuilder(n);
    int[] lineStart = new int[n + 1];
    int[] lineEnd = new int[n + 1];
    for (int i = 0; i < n; i++) {
      char ch = raw.charAt(i);
      lineStart[i] = lines.length();
      lineEnd[i] = lines.length();
      if (ch == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
        lines.append('\n');
        // the boundary between CR and LF: a start takes the line end in, so does an end
        lineStart[i + 1] = lines.length() - 1;
        lineEnd[i + 1] = lines.length();
        i++;
      } else {
        lines.append(ch == '\r' ? '\n' : ch);
      }
    }
    lineStart[n] = lines.length();
    lineEnd[n] = lines.length();
    // pass 2: NFC, chunk by chunk between normalisation boundaries
    String m = lines.toString();
    int len = m.length();
    StringBuilder out = new StringBuilder(len);
    int[] nfcStart = new int[len + 1];
    int[] nfcEnd = new int[len + 1];
    int a = 0;
    while (a < len) {
      int b = a + Character.charCount(m.codePointAt(a));
      while (b < len && !NFC.hasBoundaryBefore(m.codePointAt(b))) {
        b += Character.charCount(m.codePointAt(b));
      }
      String chunk = m.substring(a, b);
      String normal = NFC.normalize(chunk);
      int base = out.length();
      out.append(normal);
      if (normal.equals(chunk)) {
        for (int p = a; p < b; p++) {
          nfcStart[p] = base + (p - a);
          nfcEnd[p] = base + (p - a);
        }
      } else {
        nfcStart[a] = base;
        nfcEnd[a] = base;
        for (int p = a + 1; p < b; p++) {
          nfcStart[p] = base;
          nfcEnd[p] = base + normal.length();
        }
      }
      a = b;
    }
    nfcStart[len] = out.length();
    nfcEnd[len] = out.length();
    String text = out.toString();
    if (!text.equals(TextNormaliser.normalise(raw))) {
      throw new IllegalStateException("normalisation by chunks differs from TextNormaliser");
    }
    int[] starts = new int[n + 1];
    int[] ends = new int[n + 1];
    for (int p = 0; p <= n; p++) {
      starts[p] = nfcStart[lineStart[p]];
      ends[p] = nfcEnd[lineEnd[p]];
    }
    return new NormalisedText(raw, text, starts, ends);
  }

  /** The text as the other tool stored it, without BOM. */
  String raw() {
    return raw;
  }

  /** The text as Verbatim stores it. */
  String text() {
    return text;
  }

  /** Where a range starting at UTF-16 offset {@code rawOffset} of the raw text starts. */
  int start(int rawOffset) {
    return starts == null ? rawOffset : starts[rawOffset];
  }

  /** Where a range ending at UTF-16 offset {@code rawOffset} of the raw text ends. */
  int end(int rawOffset) {
    return ends == null ? rawOffset : ends[rawOffset];
  }
}
