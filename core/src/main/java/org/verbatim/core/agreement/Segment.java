package org.verbatim.core.agreement;

import java.util.Comparator;
import java.util.Objects;
import org.verbatim.core.model.InvalidInputException;

/**
 * One coded segment {@code [start, end)} of a continuum (0-based, end exclusive; for text, UTF-16
 * offsets) with its category.
 */
public record Segment(int start, int end, String category) {
  /** Orders by start, then end, then category. */
  public static final Comparator<Segment> ORDER =
      Comparator.comparingInt(Segment::start)
          .thenComparingInt(Segment::end)
          .thenComparing(Segment::category);

  /**
   * @throws InvalidInputException when {@code start < 0}, {@code end <= start} or the category is
   *     blank
   */
  public Segment {
    Objects.requireNonNull(category);
    if (start < 0) {
      throw new InvalidInputException("segment [" + start + ", " + end + ") starts before 0");
    }
    if (end <= start) {
      throw new InvalidInputException(
          "segment [" + start + ", " + end + ") must end after it starts");
    }
    if (category.isBlank()) {
      throw new InvalidInputException("segment [" + start + ", " + end + ") has no category");
    }
  }

  public int length() {
    return end - start;
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ") '" + category + "'";
  }
}
