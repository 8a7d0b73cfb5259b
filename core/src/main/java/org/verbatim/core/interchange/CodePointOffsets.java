package org.verbatim.core.interchange;

import java.util.Arrays;

/**
 * The one place that converts between Verbatim's offsets (UTF-16 code units, as Java and JavaScript
 * strings count) and REFI-QDA's (Unicode code points), for one text. Both are 0-based; a range's
 * end is exclusive in either. Built once per text, each conversion is a binary search over the
 * text's supplementary characters.
 */
public final class CodePointOffsets {
  /** UTF-16 index of the high surrogate of each supplementary character, in order. */
  private final int[] pairs;

  private final int units;
  private final int codePoints;

  private CodePointOffsets(int[] pairs, int units) {
    this.pairs = pairs;
    this.units = units;
    this.codePoints = units - pairs.length;
  }

  /** The converter for {@code text}. */
  public static CodePointOffsets of(String text) {
    int[] found = new int[16];
    int n = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      if (Character.isHighSurrogate(text.charAt(i))
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = i;
        i++;
      }
    }
    return new CodePointOffsets(Arrays.copyOf(found, n), text.length());
  }

  /** Length of the text in code points. */
  public int codePointLength() {
    return codePoints;
  }

  /** Length of the text in UTF-16 code units. */
  public int unitLength() {
    return units;
  }

  /** Whether the two conventions differ anywhere in this text. */
  public boolean hasSupplementaryCharacters() {
    return pairs.length > 0;
  }

  /**
   * The code-point index of the UTF-16 offset {@code unit} (0..length). An offset between the two
   * halves of a surrogate pair counts as the pair's start.
   *
   * @throws IllegalArgumentException if {@code unit} lies outside the text
   */
  public int toCodePoint(int unit) {
    if (unit < 0 || unit > units) {
      throw new IllegalArgumentException("offset " + unit + " outside 0.." + units);
    }
    // pairs starting before unit each take two units but one code point
    int before = lowerBound(unit);
    if (before > 0 && pairs[before - 1] == unit - 1) {
      return unit - 1 - (before - 1);
    }
    return unit - before;
  }

  /**
   * The UTF-16 offset of the code-point index {@code codePoint} (0..codePointLength).
   *
   * @throws IllegalArgumentException if {@code codePoint} lies outside the text
   */
  public int toUnit(int codePoint) {
    if (codePoint < 0 || codePoint > codePoints) {
      throw new IllegalArgumentException("position " + codePoint + " outside 0.." + codePoints);
    }
    // the k-th pair (0-based) starts at code point pairs[k] - k; count pairs starting before
    int lo = 0;
    int hi = pairs.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] - mid < codePoint) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return codePoint + lo;
  }

  /** Number of pairs whose high surrogate lies before {@code unit}. */
  private int lowerBound(int unit) {
    int lo = 0;
    int hi = pairs.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] < unit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
