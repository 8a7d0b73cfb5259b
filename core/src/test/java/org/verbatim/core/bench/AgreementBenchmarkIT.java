package org.verbatim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement benchmark end to end on a small study, straight and through a store. */
class AgreementBenchmarkIT {
  @TempDir Path dir;

  private static final AgreementBenchmark.Settings SMALL =
      new AgreementBenchmark.Settings(12, 3, 4, 3, 3, 1_500, 7);

  @Test
  void timesUnitAndUnitizedStatisticsOfASyntheticStudy() {
    AgreementBenchmark.Result r = AgreementBenchmark.run(SMALL, dir.resolve("direct"));
    assertThat(r.documents()).isEqualTo(12);
    assertThat(r.codes()).isEqualTo(12);
    assertThat(r.units()).isGreaterThan(12 * 50);
    assertThat(r.codings()).isGreaterThan(12 * 3 * 5);
    assertThat(r.unitStatistics()).isPositive();
    assertThat(r.unitizedStatistics()).isPositive();
    // The synthetic coders agree well beyond chance: 85 % of true codings kept by each.
    assertThat(r.codesWithAlpha()).isGreaterThanOrEqualTo(10);
    assertThat(r.pooledAlpha().getAsDouble()).isBetween(0.5, 0.95);
    assertThat(r.pooledBinaryUAlpha().getAsDouble()).isBetween(0.5, 0.95);
  }

  @Test
  void theStorePathReadsBackWhatItStoredAndAgreesWithTheDirectPath() {
    AgreementStoreBenchmark.Result r = AgreementStoreBenchmark.run(SMALL, dir.resolve("store"));
    AgreementBenchmark.Result direct = AgreementBenchmark.run(SMALL, dir.resolve("direct"));
    assertThat(r.pooledAlpha().getAsDouble())
        .isCloseTo(
            direct.pooledAlpha().getAsDouble(), org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.codings()).isEqualTo(direct.codings());
    assertThat(r.documents()).isEqualTo(12);
    assertThat(r.codings()).isPositive();
    assertThat(r.fill()).isPositive();
    assertThat(r.loadSentences()).isPositive();
    assertThat(r.unitizedStatistics()).isPositive();
  }
}
