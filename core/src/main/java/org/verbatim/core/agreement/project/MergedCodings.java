package org.verbatim.core.agreement.project;

import java.util.Arrays;

/** Each coder's codings of one code in one document, overlapping ones merged into one segment. */
final class MergedCodings {
  private MergedCodings() {}

  /**
   * {@code [0][c]} holds coder c's segment starts and {@code [1][c]} their ends, sorted and
   * disjoint; codings that merely touch stay separate segments (a coded segment is one unit).
   */
  static int[][][] of(InputDocument doc, int code, int coders) {
    int[][] starts = new int[coders][];
    int[][] ends = new int[coders][];
    int[] s = new int[doc.codeEnd(code) - doc.codeStart(code)];
    int[] e = new int[s.length];
    int i = doc.codeStart(code);
    int end = doc.codeEnd(code);
    for (int c = 0; c < coders; c++) {
      int n = 0;
      while (i < end && doc.coderOf(i) == c) {
        int from = doc.startOf(i);
        int to = doc.endOf(i);
        if (n > 0 && from < e[n - 1]) {
          e[n - 1] = Math.max(e[n - 1], to);
        } else {
          s[n] = from;
          e[n] = to;
          n++;
        }
        i++;
      }
      starts[c] = Arrays.copyOf(s, n);
      ends[c] = Arrays.copyOf(e, n);
    }
    return new int[][][] {starts, ends};
  }

  /** Characters inside at least one coder's segments. */
  static long unionLength(int[][] starts, int[][] ends) {
    int total = 0;
    for (int[] list : starts) {
      total += list.length;
    }
    long[] packed = new long[total];
    int at = 0;
    for (int c = 0; c < starts.length; c++) {
      for (int k = 0; k < starts[c].length; k++) {
        packed[at++] = ((long) starts[c][k] << 32) | ends[c][k];
      }
    }
    Arrays.sort(packed);
    long length = 0;
    long from = -1;
    long to = -1;
    for (long p : packed) {
      long s = p >>> 32;
      long e = p & 0xFFFFFFFFL;
      if (s > to) {
        length += to - from;
        from = s;
        to = e;
      } else {
        to = Math.max(to, e);
      }
    }
    return length + (to - from);
  }
}
