package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every unit-data statistic must have, whatever the data. */
class UnitAgreementPropertiesTest {

  private static List<Statistic> all(UnitStudy study, Level level) {
    UnitReliabilityReport r = UnitReliability.compute(study, level);
    return List.of(
        r.percentAgreement(),
        r.percentAgreementGwet(),
        r.cohenKappa(),
        r.scottPi(),
        r.fleissKappa(),
        r.krippendorffAlpha(),
        r.gwetAC1(),
        r.brennanPrediger());
  }

  @Test
  void perfectAgreementGivesOneForEveryStatistic() {
    UnitStudy study = Studies.codersByUnits("1 2 3 1 2 3 1 * 2", "1 2 3 1 2 3 1 3 2");
    for (Level level : Level.values()) {
      assertThat(all(study, level))
          .allSatisfy(s -> assertThat(s.value().orElseThrow()).isCloseTo(1.0, within(1e-12)));
    }
  }

  @Test
  void renamingCategoriesChangesNothingAtTheNominalLevel() {
    UnitStudy original = Krippendorff2011Test.example();
    UnitStudy renamed =
        Studies.codersByUnits(
            "e d c c d e b e d * * *",
            "e d c c d d b e d a * c",
            "* c c c d c b d d a e *",
            "e d c c d b b e d a e *");
    assertThat(values(all(renamed, Level.NOMINAL)))
        .containsExactlyElementsOf(values(all(original, Level.NOMINAL)));
  }

  @Test
  void reorderingCodersAndUnitsChangesNothing() {
    UnitStudy study = HayesKrippendorff2007Test.example();
    List<Integer> units = new ArrayList<>();
    for (int u = 0; u < study.unitCount(); u++) {
      units.add(u);
    }
    Collections.shuffle(units, new Random(7));
    int[] coderOrder = {4, 2, 0, 3, 1};
    UnitStudy.Builder builder = UnitStudy.builder(List.of("e", "c", "a", "d", "b"));
    for (int u : units) {
      List<Optional<String>> row = new ArrayList<>();
      for (int c : coderOrder) {
        row.add(study.value(u, c));
      }
      builder.addUnit(row);
    }
    UnitStudy shuffled = builder.build();
    for (Level level : Level.values()) {
      List<Double> expected = values(all(study, level));
      List<Double> actual = values(all(shuffled, level));
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.get(i)).isCloseTo(expected.get(i), within(1e-12));
      }
    }
  }

  @Test
  void independentRandomCodersGiveChanceCorrectedValuesNearZero() {
    Random random = new Random(42);
    UnitStudy.Builder builder = UnitStudy.builder(Studies.coders(3));
    for (int u = 0; u < 20_000; u++) {
      builder.addUnit(
          String.valueOf(random.nextInt(4)),
          String.valueOf(random.nextInt(4)),
          random.nextInt(10) == 0 ? null : String.valueOf(random.nextInt(4)));
    }
    UnitStudy study = builder.build();
    assertThat(new KrippendorffAlpha(study, Level.NOMINAL).value()).isCloseTo(0, within(0.02));
    assertThat(new KrippendorffAlpha(study, Level.INTERVAL).value()).isCloseTo(0, within(0.02));
    assertThat(new FleissKappa(study).value()).isCloseTo(0, within(0.02));
    assertThat(new GwetAc1(study).value()).isCloseTo(0, within(0.02));
    assertThat(new BrennanPrediger(study).value()).isCloseTo(0, within(0.02));
  }

  @Test
  void independentRandomPairGivesKappaAndPiNearZero() {
    Random random = new Random(3);
    UnitStudy.Builder builder = UnitStudy.builder(Studies.coders(2));
    for (int u = 0; u < 20_000; u++) {
      builder.addUnit(String.valueOf(random.nextInt(3)), String.valueOf(random.nextInt(3)));
    }
    UnitStudy study = builder.build();
    assertThat(new CohenKappa(study).value()).isCloseTo(0, within(0.02));
    assertThat(new ScottPi(study).value()).isCloseTo(0, within(0.02));
  }

  private static List<Double> values(List<Statistic> statistics) {
    return statistics.stream().map(s -> s.value().orElse(Double.NaN)).toList();
  }
}
