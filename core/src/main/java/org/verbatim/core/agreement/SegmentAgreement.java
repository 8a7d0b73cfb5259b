package org.verbatim.core.agreement;

import java.util.Objects;

/**
 * Segment matching result: of {@code segments} coded segments (both coders), {@code matched} have a
 * counterpart of the same category by the other coder at the overlap threshold; {@code
 * percentAgreement} is their share.
 */
public record SegmentAgreement(int segments, int matched, Statistic percentAgreement) {
  public SegmentAgreement {
    Objects.requireNonNull(percentAgreement);
    if (matched < 0 || matched > segments) {
      throw new IllegalArgumentException("matched must lie in [0, segments]");
    }
  }

  static SegmentAgreement of(int segments, int matched) {
    return new SegmentAgreement(
        segments,
        matched,
        segments == 0
            ? Statistic.undefined("no coder used this category")
            : Statistic.of(matched / (double) segments));
  }
}
