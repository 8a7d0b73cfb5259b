package org.verbatim.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Span;

class DisagreementFinderTest {
  //                                 10        20        30        40        50
  //                       0123456789012345678901234567890123456789012345678901234
  static final String TEXT = "Peer support kept me going. My manager never listened.";
  static final CoderId ANN = new CoderId(1);
  static final CoderId BEN = new CoderId(2);
  static final CoderId CAT = new CoderId(3);
  static final CodeId TRUST = new CodeId(10);
  static final CodeId HOPE = new CodeId(11);

  private final List<Coding> codings = new ArrayList<>();

  private Coding code(CoderId coder, CodeId code, int start, int end) {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    Coding k =
        new Coding(
            new CodingId(codings.size() + 1),
            new DocumentId(1),
            code,
            coder,
            new Span(start, end),
            "",
            t,
            t,
            1);
    codings.add(k);
    return k;
  }

  private Findings find(CoderId... coders) {
    return DisagreementFinder.find(TEXT, List.of(coders), codings);
  }

  @Test
  void aPassageOnlyOneCoderCodedIsOnlyOneCoderWithAnEmptySideForTheOther() {
    Coding a = code(ANN, TRUST, 0, 12);

    Findings f = find(ANN, BEN);

    assertThat(f.agreements()).isEmpty();
    assertThat(f.disagreements())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DisagreementKind.ONLY_ONE_CODER);
              assertThat(d.span()).isEqualTo(new Span(0, 12));
              assertThat(d.text()).isEqualTo("Peer support");
              assertThat(d.side(ANN).orElseThrow().passages())
                  .extracting(Passage::coding)
                  .containsExactly(a);
              assertThat(d.side(BEN).orElseThrow().isEmpty()).isTrue();
            });
  }

  @Test
  void theSamePassageWithDifferentCodesIsDifferentCodes() {
    code(ANN, TRUST, 28, 54);
    code(BEN, HOPE, 28, 54);

    Disagreement d = find(ANN, BEN).disagreements().get(0);

    assertThat(d.kind()).isEqualTo(DisagreementKind.DIFFERENT_CODES);
    assertThat(d.text()).isEqualTo("My manager never listened.");
    assertThat(d.sides())
        .extracting(s -> s.passages().get(0).coding().code())
        .containsExactly(TRUST, HOPE);
  }

  @Test
  void overlappingPartialSpansAreDifferentBoundariesOverTheirUnionWithEachSidesText() {
    code(ANN, TRUST, 0, 17); // "Peer support kept"
    code(BEN, TRUST, 5, 26); // "support kept me going"

    List<Disagreement> ds = find(ANN, BEN).disagreements();

    assertThat(ds)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DisagreementKind.DIFFERENT_BOUNDARIES);
              assertThat(d.span()).isEqualTo(new Span(0, 26));
              assertThat(d.text()).isEqualTo("Peer support kept me going");
              assertThat(d.side(ANN).orElseThrow().passages().get(0).text())
                  .isEqualTo("Peer support kept");
              assertThat(d.side(BEN).orElseThrow().passages().get(0).text())
                  .isEqualTo("support kept me going");
            });
  }

  @Test
  void overlappingPassagesWithDifferentCodesAreDifferentBoundariesToo() {
    code(ANN, TRUST, 0, 27);
    code(BEN, HOPE, 13, 54);

    assertThat(find(ANN, BEN).disagreements())
        .singleElement()
        .extracting(Disagreement::kind)
        .isEqualTo(DisagreementKind.DIFFERENT_BOUNDARIES);
  }

  @Test
  void exactAgreementsAreNotDisagreementsAndAnExtraCodeOnTheSamePassageIsOnlyOneCoder() {
    Coding a1 = code(ANN, TRUST, 0, 27);
    Coding b1 = code(BEN, TRUST, 0, 27);
    Coding a2 = code(ANN, HOPE, 0, 27);

    Findings f = find(ANN, BEN);

    assertThat(f.agreements())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.code()).isEqualTo(TRUST);
              assertThat(a.text()).isEqualTo("Peer support kept me going.");
              assertThat(a.codings()).containsExactly(a1, b1);
            });
    assertThat(f.disagreements())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DisagreementKind.ONLY_ONE_CODER);
              assertThat(d.codings()).containsExactly(a2);
            });
  }

  @Test
  void withThreeCodersAgreementNeedsAllOfThemAndAMissingThirdIsOnlyOneCoder() {
    code(ANN, TRUST, 0, 27);
    code(BEN, TRUST, 0, 27);
    code(CAT, TRUST, 0, 27);
    code(ANN, HOPE, 28, 54);
    code(BEN, HOPE, 28, 54);

    Findings f = find(ANN, BEN, CAT);

    assertThat(f.agreements()).singleElement().extracting(ExactAgreement::code).isEqualTo(TRUST);
    assertThat(f.disagreements())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DisagreementKind.ONLY_ONE_CODER);
              assertThat(d.sides()).extracting(Side::coder).containsExactly(ANN, BEN, CAT);
              assertThat(d.sides()).extracting(Side::isEmpty).containsExactly(false, false, true);
            });
  }

  @Test
  void withThreeCodersOneDifferentBoundaryMakesTheWholePassageDifferentBoundaries() {
    code(ANN, TRUST, 0, 27);
    code(BEN, TRUST, 0, 27);
    code(CAT, TRUST, 0, 12);

    Findings f = find(ANN, BEN, CAT);

    assertThat(f.agreements()).isEmpty();
    assertThat(f.disagreements())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DisagreementKind.DIFFERENT_BOUNDARIES);
              assertThat(d.codings()).hasSize(3);
            });
  }

  @Test
  void overlapsChainAcrossCodersButOneCodersOwnOverlapsStayApart() {
    code(ANN, TRUST, 0, 12);
    code(BEN, TRUST, 10, 22);
    code(ANN, HOPE, 20, 30);
    code(CAT, HOPE, 40, 50);
    code(CAT, TRUST, 45, 54);

    List<Disagreement> ds = find(ANN, BEN, CAT).disagreements();

    assertThat(ds)
        .extracting(Disagreement::span)
        .containsExactly(new Span(0, 30), new Span(40, 50), new Span(45, 54));
    assertThat(ds)
        .extracting(Disagreement::kind)
        .containsExactly(
            DisagreementKind.DIFFERENT_BOUNDARIES,
            DisagreementKind.ONLY_ONE_CODER,
            DisagreementKind.ONLY_ONE_CODER);
  }

  @Test
  void keysAreStableUntilAnInvolvedCodingsCodeOrRangeChangesAndIgnoreTheOrderOfCoders() {
    code(ANN, TRUST, 0, 12);
    code(BEN, HOPE, 0, 12);
    String key = find(ANN, BEN).disagreements().get(0).key();

    assertThat(find(BEN, ANN).disagreements().get(0).key()).isEqualTo(key);
    assertThat(key).matches("[0-9a-f]{16}");

    Coding b = codings.get(1);
    codings.set(
        1,
        new Coding(
            b.id(),
            b.document(),
            b.code(),
            b.coder(),
            b.span(),
            "edited memo",
            b.createdAt(),
            b.updatedAt(),
            2));
    assertThat(find(ANN, BEN).disagreements().get(0).key()).isEqualTo(key);

    codings.set(
        1,
        new Coding(
            b.id(),
            b.document(),
            b.code(),
            b.coder(),
            new Span(0, 11),
            "edited memo",
            b.createdAt(),
            b.updatedAt(),
            3));
    assertThat(find(ANN, BEN).disagreements().get(0).key()).isNotEqualTo(key);
  }

  @Test
  void codingsOfCodersNotComparedAreIgnored() {
    code(ANN, TRUST, 0, 12);
    code(BEN, TRUST, 0, 12);
    code(CAT, HOPE, 0, 12);

    Findings f = find(ANN, BEN);

    assertThat(f.disagreements()).isEmpty();
    assertThat(f.agreements()).hasSize(1);
  }

  @Test
  void refusesFewerThanTwoDistinctCoders() {
    assertThatThrownBy(() -> find(ANN)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> find(ANN, ANN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("two distinct coders");
  }
}
