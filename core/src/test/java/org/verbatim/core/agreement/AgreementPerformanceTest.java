package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The speed targets of the issue: all unit statistics for 50 codes × 3 coders × 200,000 sentence
 * units under 5 s; the unitized family for 50 codes on a 60-million-character continuum under 10 s.
 * The bounds are the targets themselves, so a slow shared machine still passes.
 */
class AgreementPerformanceTest {

  @Test
  void unitStatisticsForFiftyCodesOnTwoHundredThousandUnitsTakeUnderFiveSeconds() {
    int units = 200_000;
    int coders = 3;
    SplittableRandom random = new SplittableRandom(1);
    List<int[]> studies = new ArrayList<>();
    for (int code = 0; code < 50; code++) {
      int[] cells = new int[units * coders];
      for (int u = 0; u < units; u++) {
        boolean truth = random.nextInt(10) == 0;
        for (int c = 0; c < coders; c++) {
          boolean coded = random.nextInt(20) == 0 ? !truth : truth;
          cells[u * coders + c] = coded ? 1 : 0;
        }
      }
      studies.add(cells);
    }
    long start = System.nanoTime();
    int defined = 0;
    for (int[] cells : studies) {
      UnitStudy study =
          UnitStudy.fromIndexes(List.of("A", "B", "C"), List.of("not coded", "coded"), cells);
      if (UnitReliability.compute(study, Level.NOMINAL).krippendorffAlpha().isDefined()) {
        defined++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(defined).isEqualTo(50);
    assertThat(seconds).as("seconds for 50 codes").isLessThan(5.0);
  }

  @Test
  void unitizedFamilyForFiftyCodesOnSixtyMillionCharactersTakesUnderTenSeconds() {
    int length = 60_000_000;
    SplittableRandom random = new SplittableRandom(2);
    Map<String, List<Segment>> data = new LinkedHashMap<>();
    for (String coder : List.of("A", "B", "C")) {
      List<Segment> segments = new ArrayList<>();
      int at = 0;
      while (true) {
        int start = at + random.nextInt(400);
        int end = start + 1 + random.nextInt(300);
        if (end > length) {
          break;
        }
        segments.add(new Segment(start, end, "code" + random.nextInt(50)));
        at = end;
      }
      data.put(coder, segments);
    }
    long start = System.nanoTime();
    UnitizedReliabilityReport report = UnitizedReliability.compute(UnitizedStudy.of(length, data));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(report.uAlpha().get(UnitizedStudy.ALL_CATEGORIES).isDefined()).isTrue();
    assertThat(report.binaryUAlphaByCategory()).hasSize(50);
    assertThat(seconds).as("seconds for the unitized family").isLessThan(10.0);
  }
}
