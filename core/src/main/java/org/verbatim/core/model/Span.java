package org.verbatim.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's stored text, the same
 * indices a browser's JavaScript string uses.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span needs 0 <= start <= end, was [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text of {@code text}; throws if the span lies beyond it. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
