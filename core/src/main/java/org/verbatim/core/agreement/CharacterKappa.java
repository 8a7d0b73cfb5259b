package org.verbatim.core.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Character-level kappa per category, as NVivo's coding comparison computes it: every character of
 * the continuum is a unit that each of two coders coded with the category or not; kappa is Cohen's
 * over those yes/no values (Cohen 1960). Percent agreement is given over all characters and over
 * the characters at least one coder coded, since uncoded text inflates the former.
 *
 * <p>Limits: exactly two coders; a coder's overlapping segments of one category count once; kappa
 * is undefined when chance agreement is 1 (e.g. neither coder used the category).
 */
public final class CharacterKappa {
  private final long both;
  private final long firstOnly;
  private final long secondOnly;
  private final long length;

  /**
   * @throws UndefinedStatisticException unless the study has exactly two coders
   */
  public CharacterKappa(UnitizedStudy study, String category) {
    if (study.coderCount() != 2) {
      throw new UndefinedStatisticException(
          "character kappa compares exactly two coders (as NVivo does); the data has "
              + study.coderCount());
    }
    List<String> coders = study.coders();
    long[][] first = merged(study.segments(coders.get(0)), category);
    long[][] second = merged(study.segments(coders.get(1)), category);
    long firstTotal = total(first);
    long secondTotal = total(second);
    long intersection = 0;
    int i = 0;
    int j = 0;
    while (i < first.length && j < second.length) {
      long from = Math.max(first[i][0], second[j][0]);
      long to = Math.min(first[i][1], second[j][1]);
      if (to > from) {
        intersection += to - from;
      }
      if (first[i][1] < second[j][1]) {
        i++;
      } else {
        j++;
      }
    }
    this.both = intersection;
    this.firstOnly = firstTotal - intersection;
    this.secondOnly = secondTotal - intersection;
    this.length = study.length();
  }

  /** Cohen's kappa over characters. */
  public double kappa() {
    double n = length;
    double p1 = (both + firstOnly) / n;
    double p2 = (both + secondOnly) / n;
    double expected = p1 * p2 + (1 - p1) * (1 - p2);
    if (expected >= 1 - 1e-15) {
      throw new UndefinedStatisticException(
          both + firstOnly == 0
              ? "neither coder used this category, so chance agreement is already perfect"
              : "both coders coded the whole continuum with this category");
    }
    return (percentAgreementAll() - expected) / (1 - expected);
  }

  /** Share of all characters on which the coders agree (both coded or both not). */
  public double percentAgreementAll() {
    return (length - firstOnly - secondOnly) / (double) length;
  }

  /** Share of the characters either coder coded that both coded. */
  public double percentAgreementCoded() {
    long coded = both + firstOnly + secondOnly;
    if (coded == 0) {
      throw new UndefinedStatisticException("neither coder used this category");
    }
    return both / (double) coded;
  }

  /** All three values, undefined ones with their reasons. */
  public CharacterAgreement result() {
    return new CharacterAgreement(
        Statistic.compute(this::kappa),
        Statistic.compute(this::percentAgreementAll),
        Statistic.compute(this::percentAgreementCoded));
  }

  private static long[][] merged(List<Segment> segments, String category) {
    List<long[]> out = new ArrayList<>();
    for (Segment s : segments) {
      if (!s.category().equals(category)) {
        continue;
      }
      long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.start() <= last[1]) {
        last[1] = Math.max(last[1], s.end());
      } else {
        out.add(new long[] {s.start(), s.end()});
      }
    }
    return out.toArray(new long[0][]);
  }

  private static long total(long[][] intervals) {
    long sum = 0;
    for (long[] interval : intervals) {
      sum += interval[1] - interval[0];
    }
    return sum;
  }
}
