package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the unitizing alpha family that must hold for any data. */
class UnitizedPropertiesTest {

  private static List<Segment> randomSegments(Random random, int length, String... categories) {
    List<Segment> segments = new ArrayList<>();
    int at = random.nextInt(50);
    while (at < length - 1) {
      int end = Math.min(length, at + 1 + random.nextInt(200));
      segments.add(new Segment(at, end, categories[random.nextInt(categories.length)]));
      at = end + random.nextInt(300);
    }
    return segments;
  }

  @Test
  void perfectAgreementGivesOne() {
    List<Segment> coding = randomSegments(new Random(1), 5000, "a", "b", "c");
    UnitizingAlpha alpha =
        new UnitizingAlpha(UnitizedStudy.of(5000, Map.of("A", coding, "B", coding, "C", coding)));
    assertThat(alpha.uAlpha()).isEqualTo(1.0);
    assertThat(alpha.binaryUAlpha()).isEqualTo(1.0);
    assertThat(alpha.cuAlpha()).isEqualTo(1.0);
  }

  @Test
  void renamingCategoriesAndReorderingCodersChangeNothing() {
    Random random = new Random(2);
    Map<String, List<Segment>> data = new LinkedHashMap<>();
    for (String coder : List.of("A", "B", "C")) {
      data.put(coder, randomSegments(random, 8000, "a", "b", "c"));
    }
    Map<String, List<Segment>> renamed = new LinkedHashMap<>();
    for (String coder : List.of("C", "A", "B")) {
      renamed.put(
          coder.toLowerCase(java.util.Locale.ROOT),
          data.get(coder).stream()
              .map(
                  s ->
                      new Segment(
                          s.start(),
                          s.end(),
                          s.category().toUpperCase(java.util.Locale.ROOT) + "!"))
              .toList());
    }
    UnitizingAlpha original = new UnitizingAlpha(UnitizedStudy.of(8000, data));
    UnitizingAlpha other = new UnitizingAlpha(UnitizedStudy.of(8000, renamed));
    assertThat(other.uAlpha()).isCloseTo(original.uAlpha(), within(1e-12));
    assertThat(other.binaryUAlpha()).isCloseTo(original.binaryUAlpha(), within(1e-12));
    assertThat(other.cuAlpha()).isCloseTo(original.cuAlpha(), within(1e-12));
  }

  @Test
  void independentRandomCodersGiveValuesNearZero() {
    Random random = new Random(3);
    Map<String, List<Segment>> data = new LinkedHashMap<>();
    for (String coder : List.of("A", "B", "C")) {
      data.put(coder, randomSegments(random, 2_000_000, "a", "b", "c"));
    }
    UnitizedStudy study = UnitizedStudy.of(2_000_000, data);
    UnitizingAlpha alpha = new UnitizingAlpha(study);
    assertThat(alpha.uAlpha()).isCloseTo(0, within(0.03));
    assertThat(alpha.binaryUAlpha()).isCloseTo(0, within(0.03));
    assertThat(alpha.cuAlpha()).isCloseTo(0, within(0.03));
  }
}
