package org.verbatim.core.export;

import java.util.Arrays;

/**
 * A text after replacement, with the ranges that were replaced, so that offsets into the original
 * (codings, quotes) can be carried over to the new text. Offsets are UTF-16 units, 0-based, end
 * exclusive.
 *
 * @param from the replaced ranges in the original, as start, end pairs in order
 * @param to the ranges of their replacements in {@link #text}, as start, end pairs
 */
public record Redacted(String text, int[] from, int[] to) {
  public Redacted {
    if (from.length != to.length || from.length % 2 != 0) {
      throw new IllegalArgumentException("ranges come in start, end pairs, one per replacement");
    }
    from = from.clone();
    to = to.clone();
  }

  /** {@code text} with nothing replaced. */
  public static Redacted unchanged(String text) {
    return new Redacted(text, new int[0], new int[0]);
  }

  /** How many ranges were replaced. */
  public int replacements() {
    return from.length / 2;
  }

  /**
   * Where the original offset {@code offset} lies in the new text; an offset inside a replaced
   * range moves to its replacement's start, or to its end when {@code end} (a range's end).
   */
  public int map(int offset, boolean end) {
    // the last replacement that starts before the offset
    int lo = 0;
    int hi = replacements() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (from[2 * mid] < offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) {
      return offset;
    }
    int stop = from[2 * found + 1];
    if (offset >= stop) {
      return to[2 * found + 1] + (offset - stop);
    }
    return end ? to[2 * found + 1] : to[2 * found];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Redacted r
        && r.text.equals(text)
        && Arrays.equals(r.from, from)
        && Arrays.equals(r.to, to);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(from);
  }

  @Override
  public String toString() {
    return "Redacted[" + replacements() + " replacements]";
  }
}
