package org.verbatim.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Segment matching at an overlap threshold, as MAXQDA's intercoder agreement does for coded
 * segments: a segment of one coder agrees when the other coder has a segment of the same category
 * whose overlap — intersection length over the length spanned by both — reaches the threshold
 * (MAXQDA's default 90 %). Every segment of both coders is checked, so a segment count is the sum
 * over the two coders.
 *
 * <p>Limits: exactly two coders; no chance correction.
 */
public final class SegmentMatching {
  /** MAXQDA's default overlap threshold. */
  public static final double DEFAULT_THRESHOLD = 0.9;

  private final Map<String, SegmentAgreement> byCategory = new LinkedHashMap<>();
  private final SegmentAgreement overall;
  private final double threshold;

  /**
   * @param threshold minimum overlap in (0, 1]
   * @throws UndefinedStatisticException unless the study has exactly two coders
   */
  public SegmentMatching(UnitizedStudy study, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must lie in (0, 1], not " + threshold);
    }
    if (study.coderCount() != 2) {
      throw new UndefinedStatisticException(
          "segment matching compares exactly two coders (as MAXQDA does); the data has "
              + study.coderCount());
    }
    this.threshold = threshold;
    List<String> coders = study.coders();
    int allSegments = 0;
    int allMatched = 0;
    for (String category : study.categories()) {
      List<Segment> first = ofCategory(study.segments(coders.get(0)), category);
      List<Segment> second = ofCategory(study.segments(coders.get(1)), category);
      int matched = countMatched(first, second) + countMatched(second, first);
      int segments = first.size() + second.size();
      byCategory.put(category, SegmentAgreement.of(segments, matched));
      allSegments += segments;
      allMatched += matched;
    }
    this.overall = SegmentAgreement.of(allSegments, allMatched);
  }

  public double threshold() {
    return threshold;
  }

  public Map<String, SegmentAgreement> byCategory() {
    return java.util.Collections.unmodifiableMap(byCategory);
  }

  public SegmentAgreement overall() {
    return overall;
  }

  private int countMatched(List<Segment> segments, List<Segment> others) {
    // others is sorted by start; a match must start before s ends and end after s starts.
    int longest = 0;
    for (Segment o : others) {
      longest = Math.max(longest, o.length());
    }
    int matched = 0;
    for (Segment s : segments) {
      int hi = firstStartingAtOrAfter(others, s.end());
      for (int k = hi - 1; k >= 0; k--) {
        Segment o = others.get(k);
        if (o.start() + (long) longest <= s.start()) {
          break;
        }
        long overlap = Math.min(s.end(), o.end()) - (long) Math.max(s.start(), o.start());
        long span = Math.max(s.end(), o.end()) - (long) Math.min(s.start(), o.start());
        if (overlap > 0 && overlap >= threshold * span - 1e-9) {
          matched++;
          break;
        }
      }
    }
    return matched;
  }

  private static int firstStartingAtOrAfter(List<Segment> sorted, int position) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static List<Segment> ofCategory(List<Segment> segments, String category) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : segments) {
      if (s.category().equals(category)) {
        out.add(s);
      }
    }
    return out;
  }
}
