package org.verbatim.core.agreement.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.agreement.Segment;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.UnitizedStudy;
import org.verbatim.core.agreement.UnitizingAlpha;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.project.Project;

/**
 * A three-document project whose agreement is worked out by hand.
 *
 * <pre>
 * D1 "One two. Three four. Five six. Seven eight."  sentences [0,8) [9,20) [21,30) [31,43)
 * D2 "Alpha beta. Gamma delta."                     sentences [0,11) [12,24)
 * D3 "Only one."                                    coded by A only: skipped
 * Codes: Support > Peer support (X), Barriers (Y), Other (never used).
 * A: X D1 [0,12) (all of s0, 3 of s1's 11 characters), X D2 [0,11); Y D1 [21,43); Y D3 [0,9)
 * B: X D1 [0,8); X D2 [0,11) and [2,24) (overlapping, merged); Y D1 [21,30) and [31,43)
 * Units u0..u5 = D1 s0..s3, D2 s0..s1.
 * X: A 1 1 0 0 1 0, B 1 0 0 0 1 1 -> both 2, A only 1, B only 1, neither 2.
 * Y: A 0 0 1 1 0 0, B the same.
 * </pre>
 */
class ProjectAgreementIT {
  private static final Offset<Double> EXACT = within(1e-9);

  @TempDir Path dir;
  private final Map<String, DocumentId> docs = new LinkedHashMap<>();
  private final Map<String, CodeId> codes = new LinkedHashMap<>();

  @BeforeEach
  void buildProject() {
    try (Project p = Project.create(dir)) {
      add(p, "D1", "One two. Three four. Five six. Seven eight.", 0, 8, 9, 20, 21, 30, 31, 43);
      add(p, "D2", "Alpha beta. Gamma delta.", 0, 11, 12, 24);
      add(p, "D3", "Only one.", 0, 9);
      CodeId support =
          p.store()
              .codes()
              .create(new NewCode(Optional.empty(), "Support", "", "#112233"), "t")
              .id();
      codes.put("Support", support);
      codes.put(
          "Peer support",
          p.store()
              .codes()
              .create(new NewCode(Optional.of(support), "Peer support", "", "#112233"), "t")
              .id());
      codes.put(
          "Barriers",
          p.store()
              .codes()
              .create(new NewCode(Optional.empty(), "Barriers", "", "#112233"), "t")
              .id());
      codes.put(
          "Other",
          p.store()
              .codes()
              .create(new NewCode(Optional.empty(), "Other", "", "#112233"), "t")
              .id());
      CoderId a = p.store().coders().ensure("A", "t").id();
      CoderId b = p.store().coders().ensure("B", "t").id();
      List<NewCoding> codings = new ArrayList<>();
      codings.add(coding("D1", "Peer support", a, 0, 12));
      codings.add(coding("D2", "Peer support", a, 0, 11));
      codings.add(coding("D1", "Barriers", a, 21, 43));
      codings.add(coding("D3", "Barriers", a, 0, 9));
      codings.add(coding("D1", "Peer support", b, 0, 8));
      codings.add(coding("D2", "Peer support", b, 0, 11));
      codings.add(coding("D2", "Peer support", b, 2, 24));
      codings.add(coding("D1", "Barriers", b, 21, 30));
      codings.add(coding("D1", "Barriers", b, 31, 43));
      p.store().codings().addAll(codings, "t");
    }
  }

  @Test
  void computesPerCodeKappaAndAlphaOnSentencesAsWorkedOutByHand() {
    UnitAgreementReport r =
        (UnitAgreementReport)
            compute(AgreementRequest.of(List.of("A", "B"), AgreementUnit.SENTENCE));
    assertThat(r.units()).isEqualTo(6);
    assertThat(r.scope().skipped()).containsExactly(new SkippedDocument("D3", List.of("B")));
    assertThat(r.codes())
        .extracting(c -> c.code().path())
        .containsExactly("Barriers", "Other", "Support", "Support > Peer support");
    // X: p_o = 4/6; p_A = p_B = 3/6, p_e = .5, kappa = (4/6 - .5)/.5 = 1/3.
    // Coincidences o11 = 4, o00 = 4, o01 = o10 = 2, n = 12, n1 = n0 = 6:
    // alpha = 1 - (n-1) * 4 / (2 * 6 * 6) = 1 - 44/72 = 7/18.
    BinaryAgreement x = code(r, "Support > Peer support");
    assertThat(x.items()).isEqualTo(6);
    assertThat(x.codedItems()).isEqualTo(4);
    assertThat(value(x.percentAgreement())).isCloseTo(4.0 / 6, EXACT);
    assertThat(value(x.cohenKappa())).isCloseTo(1.0 / 3, EXACT);
    assertThat(value(x.krippendorffAlpha())).isCloseTo(7.0 / 18, EXACT);
    assertThat(x.reading()).contains(Reading.UNRELIABLE);
    // Y: identical codings, so both coefficients are 1.
    BinaryAgreement y = code(r, "Barriers");
    assertThat(value(y.cohenKappa())).isCloseTo(1, EXACT);
    assertThat(value(y.krippendorffAlpha())).isCloseTo(1, EXACT);
    assertThat(y.reading()).contains(Reading.RELIABLE);
    // The parent is never coded itself: its subcode's codings do not count for it.
    BinaryAgreement parent = code(r, "Support");
    assertThat(parent.krippendorffAlpha().reason())
        .hasValueSatisfying(s -> assertThat(s).contains("no selected coder used"));
    // Pooled over 6 units x 4 codes = 24 items: both 4, A only 1, B only 1, neither 18.
    // p_o = 22/24; p_A = p_B = 5/24; p_e = (25 + 361)/576; kappa = (528 - 386)/(576 - 386) =
    // 142/190.
    // o11 = 8, o00 = 36, o01 = o10 = 2, n = 48, n1 = 10, n0 = 38:
    // alpha = 1 - 47 * 4 / (2 * 10 * 38) = 1 - 188/760.
    assertThat(r.pooled().items()).isEqualTo(24);
    assertThat(value(r.pooled().percentAgreement())).isCloseTo(22.0 / 24, EXACT);
    assertThat(value(r.pooled().cohenKappa())).isCloseTo(142.0 / 190, EXACT);
    assertThat(value(r.pooled().krippendorffAlpha())).isCloseTo(1 - 188.0 / 760, EXACT);
    // D1: 4 units x 4 codes = 16 items: both 3, A only 1, neither 12.
    // p_o = 15/16; p_A = 4/16, p_B = 3/16; p_e = (12 + 156)/256; kappa = (240 - 168)/(256 - 168).
    // o11 = 6, o00 = 24, o01 = o10 = 1, n = 32, n1 = 7, n0 = 25: alpha = 1 - 31 * 2 / (2 * 7 * 25).
    UnitAgreementReport.DocumentAgreement d1 = r.documents().get(0);
    assertThat(d1.document()).isEqualTo("D1");
    assertThat(d1.pooled().items()).isEqualTo(16);
    assertThat(value(d1.pooled().cohenKappa())).isCloseTo(72.0 / 88, EXACT);
    assertThat(value(d1.pooled().krippendorffAlpha())).isCloseTo(1 - 62.0 / 350, EXACT);
  }

  @Test
  void aMinimumOverlapDropsUnitsACodingOnlyGrazes() {
    // At 50 %, A's 3 characters of s1 no longer code it: X becomes A 1 0 0 0 1 0, B 1 0 0 0 1 1:
    // p_o = 5/6, p_A = 2/6, p_B = 3/6, p_e = 1/6 + 2/6 = 1/2, kappa = (5/6 - 1/2)/(1/2) = 2/3.
    UnitAgreementReport r =
        (UnitAgreementReport)
            compute(new AgreementRequest(List.of("A", "B"), AgreementUnit.SENTENCE, List.of(), 50));
    assertThat(value(code(r, "Support > Peer support").cohenKappa())).isCloseTo(2.0 / 3, EXACT);
  }

  @Test
  void aParentNameSelectsItsSubcodesAndDocumentUnitsAreWholeTexts() {
    UnitAgreementReport r =
        (UnitAgreementReport)
            compute(
                new AgreementRequest(
                    List.of("A", "B"), AgreementUnit.DOCUMENT, List.of("Support"), 0));
    assertThat(r.codes())
        .extracting(c -> c.code().name())
        .containsExactly("Support", "Peer support");
    // Both coders coded X in D1 and D2: perfect agreement, but no variation for kappa or alpha.
    BinaryAgreement x = code(r, "Support > Peer support");
    assertThat(value(x.percentAgreement())).isCloseTo(1, EXACT);
    assertThat(x.krippendorffAlpha().isDefined()).isFalse();
    assertThat(x.krippendorffAlpha().reason()).isPresent();
  }

  @Test
  void unknownCodersAreNamedWithTheCodersPresent() {
    assertThatThrownBy(
            () -> compute(AgreementRequest.of(List.of("A", "Zoe"), AgreementUnit.SENTENCE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("unknown coder 'Zoe'; coders in this project: A, B");
    assertThatThrownBy(
            () ->
                compute(
                    new AgreementRequest(
                        List.of("A", "B"), AgreementUnit.TURN, List.of("Nope"), 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown code 'Nope'")
        .hasMessageContaining("Barriers");
  }

  @Test
  void theContinuumConcatenatesDocumentsAndMatchesTheUnitizingAlphaOfTheSameSegments() {
    ContinuumAgreementReport r =
        (ContinuumAgreementReport)
            compute(AgreementRequest.of(List.of("A", "B"), AgreementUnit.CHARACTER));
    assertThat(r.length()).isEqualTo(43 + 24);
    // The same segments laid out by hand: D2 shifted by 43, B's overlapping X codings merged.
    String x = "Support > Peer support";
    Map<String, List<Segment>> expected = new LinkedHashMap<>();
    expected.put(
        "A",
        List.of(new Segment(0, 12, x), new Segment(21, 43, "Barriers"), new Segment(43, 54, x)));
    expected.put(
        "B",
        List.of(
            new Segment(0, 8, x),
            new Segment(21, 30, "Barriers"),
            new Segment(31, 43, "Barriers"),
            new Segment(43, 67, x)));
    UnitizedStudy study = UnitizedStudy.of(67, expected);
    assertThat(value(r.uAlpha())).isCloseTo(new UnitizingAlpha(study).uAlpha(), EXACT);
    assertThat(value(codeRow(r, x).binaryUAlpha()))
        .isCloseTo(new UnitizingAlpha(study.restrictedTo(List.of(x))).binaryUAlpha(), EXACT);
    // Character kappa of X: A 23 characters, B 32, both 19; N = 67:
    // p_o = 50/67, p_e = (23*32 + 44*35)/67^2, kappa = (50*67 - 2276)/(4489 - 2276) = 1074/2213.
    assertThat(value(codeRow(r, x).character().kappa())).isCloseTo(1074.0 / 2213, EXACT);
    assertThat(value(codeRow(r, x).character().percentAgreementCoded()))
        .isCloseTo(19.0 / 36, EXACT);
    // Barriers: A 22 characters, B 21, both 21: kappa = (66*67 - (22*21 + 45*46))/(4489 - 2532).
    assertThat(value(codeRow(r, "Barriers").character().kappa()))
        .isCloseTo((66.0 * 67 - 2532) / (4489 - 2532), EXACT);
    // Each domain holds one used code, so cu-alpha has no category variation to assess.
    assertThat(r.domains())
        .extracting(ContinuumAgreementReport.DomainAgreement::domain)
        .containsExactly("Barriers", "Other", "Support");
    assertThat(r.domains().get(2).cuAlpha().isDefined()).isFalse();
    assertThat(r.domains().get(2).binaryUAlpha().isDefined()).isTrue();
    // Pooled |u-alpha over (document x code) equals |u-alpha of the copies laid end to end.
    assertThat(r.pooledBinaryUAlpha().isDefined()).isTrue();
    assertThat(r.documents())
        .extracting(ContinuumAgreementReport.DocumentAgreement::document)
        .containsExactly("D1", "D2");
  }

  @Test
  void overlappingCodesOfOneDomainLeaveItsAlphasUndefinedWithTheDocumentNamed() {
    try (Project p = Project.open(dir)) {
      CoderId a = p.store().coders().byName("A").orElseThrow().id();
      p.store().codings().addAll(List.of(coding("D2", "Support", a, 5, 20)), "t");
    }
    ContinuumAgreementReport r =
        (ContinuumAgreementReport)
            compute(AgreementRequest.of(List.of("A", "B"), AgreementUnit.CHARACTER));
    ContinuumAgreementReport.DomainAgreement support = r.domains().get(2);
    assertThat(support.cuAlpha().reason())
        .hasValueSatisfying(
            s ->
                assertThat(s)
                    .contains("coder 'A'")
                    .contains("in D2")
                    .contains("mutually exclusive"));
    assertThat(r.cuAlphaAcrossDomains().reason())
        .hasValueSatisfying(s -> assertThat(s).startsWith("domain 'Support'"));
    assertThat(r.uAlpha().isDefined()).isFalse();
    assertThat(r.documents().get(1).uAlpha().isDefined()).isFalse();
    assertThat(r.documents().get(0).uAlpha().isDefined()).isTrue();
    // Per code figures stay defined: each code is its own binary continuum.
    assertThat(codeRow(r, "Support").binaryUAlpha().isDefined()).isTrue();
  }

  @Test
  void agreementByCoderIdsOverOneDocumentReadsOnlyThatDocument() {
    try (Project p = Project.open(dir)) {
      AgreementService service = p.services().agreement();
      CoderId a = p.store().coders().byName("A").orElseThrow().id();
      CoderId b = p.store().coders().byName("B").orElseThrow().id();
      UnitAgreementReport d2 =
          (UnitAgreementReport)
              service.compute(List.of(a, b), AgreementUnit.SENTENCE, Optional.of(docs.get("D2")));
      assertThat(d2.scope().coders()).containsExactly("A", "B");
      assertThat(d2.scope().documents()).isEqualTo(1);
      assertThat(d2.scope().skipped()).isEmpty();
      assertThat(d2.units()).isEqualTo(2);
      UnitAgreementReport d3 =
          (UnitAgreementReport)
              service.compute(List.of(b, a), AgreementUnit.SENTENCE, Optional.of(docs.get("D3")));
      assertThat(d3.scope().documents()).isZero();
      assertThat(d3.scope().skipped()).containsExactly(new SkippedDocument("D3", List.of("B")));
      UnitAgreementReport all =
          (UnitAgreementReport)
              service.compute(List.of(a, b), AgreementUnit.SENTENCE, Optional.empty());
      assertThat(all.units()).isEqualTo(6);
      assertThatThrownBy(
              () ->
                  service.compute(
                      List.of(a, new CoderId(999)), AgreementUnit.SENTENCE, Optional.empty()))
          .hasMessage("no coder with id 999");
    }
  }

  @Test
  void paragraphsAreTheNonBlankLinesOfTheText() {
    assertThat(AgreementInputs.paragraphs("  First line \n\n second\n   \nthird"))
        .containsExactly(new Span(2, 12), new Span(16, 22), new Span(27, 32));
  }

  private ProjectAgreementReport compute(AgreementRequest request) {
    try (Project p = Project.open(dir)) {
      return ProjectAgreement.compute(p.store(), request);
    }
  }

  private static BinaryAgreement code(UnitAgreementReport r, String path) {
    return r.codes().stream()
        .filter(c -> c.code().path().equals(path))
        .findFirst()
        .orElseThrow()
        .agreement();
  }

  private static ContinuumAgreementReport.CodeAgreement codeRow(
      ContinuumAgreementReport r, String path) {
    return r.codes().stream().filter(c -> c.code().path().equals(path)).findFirst().orElseThrow();
  }

  private static double value(Statistic s) {
    assertThat(s.reason()).isEmpty();
    return s.value().getAsDouble();
  }

  private void add(Project p, String name, String text, int... bounds) {
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      sentences.add(new Sentence(i / 2, new Span(bounds[i], bounds[i + 1])));
    }
    DocumentContent content =
        new DocumentContent(
            name,
            Language.ENGLISH,
            SourceFormat.TXT,
            text,
            List.of(Turn.untimed(0, Optional.of("Nurse K"), new Span(0, text.length()))),
            sentences);
    docs.put(name, p.store().documents().add(content, "t").id());
  }

  private NewCoding coding(String doc, String code, CoderId coder, int start, int end) {
    return new NewCoding(docs.get(doc), codes.get(code), coder, new Span(start, end), "");
  }
}
