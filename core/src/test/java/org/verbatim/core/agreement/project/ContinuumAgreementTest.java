package org.verbatim.core.agreement.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.verbatim.core.agreement.Segment;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.UnitizedStudy;
import org.verbatim.core.agreement.UnitizingAlpha;

/**
 * Per-code |uα from summed (document × code) tallies equals UnitizingAlpha on the concatenated
 * continuum, for random codings with overlaps of one code merged.
 */
class ContinuumAgreementTest {

  @Test
  void perCodeBinaryAlphaEqualsTheUnitizingAlphaOfTheConcatenatedContinuum() {
    SplittableRandom random = new SplittableRandom(11);
    List<String> coders = List.of("A", "B", "C");
    List<AgreementCode> codes = new ArrayList<>();
    AgreementCode top = AgreementCode.topLevel("T");
    codes.add(top);
    codes.add(top.child("k1"));
    codes.add(AgreementCode.topLevel("k2"));
    List<InputDocument> docs = new ArrayList<>();
    Map<String, List<Segment>> expected = new LinkedHashMap<>();
    coders.forEach(c -> expected.put(c, new ArrayList<>()));
    int offset = 0;
    for (int d = 0; d < 4; d++) {
      int length = 200 + random.nextInt(300);
      InputDocument.Builder b = InputDocument.builder("D" + d, length);
      for (int c = 0; c < coders.size(); c++) {
        for (int k = 0; k < codes.size(); k++) {
          // Non-overlapping segments per (coder, code), so the expectation needs no merging.
          int at = random.nextInt(40);
          while (true) {
            int start = at + random.nextInt(60);
            int end = start + 1 + random.nextInt(50);
            if (end > length) {
              break;
            }
            b.coding(c, k, start, end);
            expected
                .get(coders.get(c))
                .add(new Segment(offset + start, offset + end, codes.get(k).path()));
            at = end + 1;
          }
        }
      }
      docs.add(b.build(codes.size()));
      offset += length;
    }
    AgreementInput input =
        new AgreementInput(coders, AgreementUnit.CHARACTER, 0, codes, docs, List.of());
    ContinuumAgreementReport r = (ContinuumAgreementReport) ProjectAgreement.compute(input);
    UnitizedStudy study = UnitizedStudy.of(offset, expected);
    Map<String, Statistic> byCategory = UnitizingAlpha.binaryByCategory(study);
    assertThat(r.length()).isEqualTo(offset);
    for (ContinuumAgreementReport.CodeAgreement c : r.codes()) {
      assertThat(c.binaryUAlpha().value().getAsDouble())
          .as(c.code().path())
          .isCloseTo(byCategory.get(c.code().path()).value().getAsDouble(), within(1e-9));
    }
    assertThat(r.codes().get(0).character().kappa().reason())
        .hasValueSatisfying(s -> assertThat(s).contains("exactly two coders"));
  }

  @Test
  void overlappingCodingsOfOneCodeMergeIntoOneSegment() {
    InputDocument doc =
        InputDocument.builder("D", 100)
            .coding(0, 0, 10, 30)
            .coding(0, 0, 20, 40)
            .coding(0, 0, 40, 50)
            .coding(1, 0, 10, 40)
            .build(1);
    int[][][] merged = MergedCodings.of(doc, 0, 2);
    assertThat(merged[0][0]).containsExactly(10, 40);
    assertThat(merged[1][0]).containsExactly(40, 50);
    assertThat(MergedCodings.unionLength(merged[0], merged[1])).isEqualTo(40);
  }
}
