package org.verbatim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words benchmark on a small study: each distinct text is annotated once, then reused. */
class WordsBenchmarkIT {
  @TempDir Path work;

  // 6 documents repeating 2 English templates of 300 words
  private static final AgreementBenchmark.Settings SMALL =
      new AgreementBenchmark.Settings(6, 3, 3, 5, 2, 300, 42);

  @Test
  void annotatesEachDistinctTextOnceAndTimesEveryViewOverTheCachedTokens() {
    WordsBenchmark.Result first = WordsBenchmark.run(SMALL, work, Optional.empty(), 1);

    assertThat(first.documents()).isEqualTo(6);
    assertThat(first.annotated()).isEqualTo(2);
    assertThat(first.words()).isPositive();
    assertThat(first.timings())
        .extracting(WordsBenchmark.Timing::what)
        .containsExactly("project", "discipline=nursing", "code", "code distinctive", "kwic");
    assertThat(first.timings()).allSatisfy(t -> assertThat(t.runs()).hasSize(1));

    WordsBenchmark.Result again = WordsBenchmark.run(SMALL, work, Optional.empty(), 2);
    assertThat(again.fill()).isZero();
    assertThat(again.annotated()).isZero();
    assertThat(again.words()).isEqualTo(first.words());
    assertThat(again.timing("project").runs()).hasSize(2);
  }
}
