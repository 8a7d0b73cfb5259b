package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;

/** Degenerate data gives reasons, never numbers that look valid. */
class UnitStudyEdgeCasesTest {

  @Test
  void oneCoderMakesEveryStatisticUndefinedWithAReason() {
    UnitStudy study = UnitStudy.of(List.of("only"), new String[][] {{"a"}, {"b"}});
    UnitReliabilityReport report = UnitReliability.compute(study, Level.NOMINAL);
    assertThat(report.krippendorffAlpha().reason())
        .hasValueSatisfying(r -> assertThat(r).contains("two coders"));
    assertThat(report.percentAgreement().isDefined()).isFalse();
    assertThat(report.cohenKappa().isDefined()).isFalse();
  }

  @Test
  void allCellsMissingLeavesNothingPairable() {
    UnitStudy study = UnitStudy.of(List.of("a", "b"), new String[][] {{null, null}, {"", " "}});
    UnitReliabilityReport report = UnitReliability.compute(study, Level.NOMINAL);
    assertThat(report.krippendorffAlpha().reason())
        .hasValueSatisfying(r -> assertThat(r).contains("no unit"));
    assertThat(report.fleissKappa().isDefined()).isFalse();
  }

  @Test
  void oneUnitWithOneCategoryHasNoVariation() {
    UnitStudy study = UnitStudy.of(List.of("a", "b"), new String[][] {{"x", "x"}});
    UnitReliabilityReport report = UnitReliability.compute(study, Level.NOMINAL);
    assertThat(report.percentAgreement().value()).hasValue(1.0);
    assertThat(report.krippendorffAlpha().reason())
        .hasValueSatisfying(r -> assertThat(r).contains("variation"));
    assertThat(report.cohenKappa().isDefined()).isFalse();
    assertThat(report.gwetAC1().isDefined()).isFalse();
  }

  @Test
  void cohenKappaNamesItsTwoCoderLimit() {
    UnitReliabilityReport report =
        UnitReliability.compute(Krippendorff2011Test.example(), Level.NOMINAL);
    assertThat(report.cohenKappa().reason())
        .hasValueSatisfying(r -> assertThat(r).contains("exactly two coders"));
    assertThat(report.scottPi().isDefined()).isFalse();
    assertThat(report.fleissKappa().isDefined()).isTrue();
  }

  @Test
  void textAtANumericLevelIsUndefinedNotGuessed() {
    UnitStudy study = UnitStudy.of(List.of("a", "b"), new String[][] {{"1", "2"}, {"low", "2"}});
    assertThatThrownBy(() -> new KrippendorffAlpha(study, Level.INTERVAL).value())
        .isInstanceOf(UndefinedStatisticException.class)
        .hasMessageContaining("'low' is not a number");
  }

  @Test
  void raggedUnitIsRefused() {
    assertThatThrownBy(() -> UnitStudy.of(List.of("a", "b"), new String[][] {{"1"}}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unit 1 has 1 values but there are 2 coders");
  }

  @Test
  void unknownCoderIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> Krippendorff2011Test.example().coderIndex("Z"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown coder 'Z'")
        .hasMessageContaining("C1, C2, C3, C4");
  }

  @Test
  void declaredButUnusedCategoriesCountForFreeMarginalChance() {
    UnitStudy.Builder builder =
        UnitStudy.builder(List.of("a", "b")).declareCategories(List.of("x", "y", "z", "w"));
    builder.addUnit("x", "x").addUnit("y", "x");
    // p_a = 1/2, q = 4: (0.5 − 0.25)/(0.75) = 1/3.
    assertThat(new BrennanPrediger(builder.build()).value()).isEqualTo(1.0 / 3);
  }
}
