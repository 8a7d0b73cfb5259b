package org.verbatim.core.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.ThemeId;

/** Evidence views on {@link HandStudy}; every expected number is worked out in the comments. */
class ThemeEvidenceIT {
  @TempDir Path dir;
  HandStudy study;

  @BeforeEach
  void build() {
    study = new HandStudy(dir);
  }

  @AfterEach
  void close() {
    study.close();
  }

  @Test
  void prevalence_counts_participants_once_per_node_over_the_codes_below_it() {
    Map<ThemeId, Support> p = Prevalence.ofNodes(study.layer("mei"));
    // Hope: mei coded Hope in d1, d2, d5, d6 -> A, B, E, F: 4 of 6, 4 passages
    assertThat(p.get(study.hope.id()).fraction()).isEqualTo("4 of 6");
    assertThat(p.get(study.hope.id()).participants()).containsExactly("A", "B", "E", "F");
    assertThat(p.get(study.hope.id()).passages()).isEqualTo(4);
    // Family (Family + Hope): Family d1, d2, d3 and Hope d1, d2, d5, d6 -> A, B, C, E, F; 3 + 4
    assertThat(p.get(study.family.id()).fraction()).isEqualTo("5 of 6");
    assertThat(p.get(study.family.id()).passages()).isEqualTo(7);
    assertThat(p.get(study.family.id()).documents()).isEqualTo(5);
    // Hope and family: codes {Hope, Family} once each, so the same 5 participants and 7 passages
    assertThat(p.get(study.hopeAndFamily.id()).fraction()).isEqualTo("5 of 6");
    assertThat(p.get(study.hopeAndFamily.id()).passages()).isEqualTo(7);
    // Work includes its subcode Pay: mei's Pay in d4 -> D only
    assertThat(p.get(study.work.id()).fraction()).isEqualTo("1 of 6");
    // Structural: Stigma d1, d3 and Pay d4 -> A, C, D
    assertThat(p.get(study.structural.id()).fraction()).isEqualTo("3 of 6");
    assertThat(p.get(study.structural.id()).passages()).isEqualTo(3);
  }

  @Test
  void a_union_layer_adds_the_second_coders_passages() {
    Map<ThemeId, Support> p = Prevalence.ofNodes(study.layer("mei,james"));
    // Hope: james adds d1 s1 (same participant A): still 4 of 6, now 5 passages
    assertThat(p.get(study.hope.id()).fraction()).isEqualTo("4 of 6");
    assertThat(p.get(study.hope.id()).passages()).isEqualTo(5);
    // Work: Pay d4 (mei) and Work d5 (james) -> D, E
    assertThat(p.get(study.work.id()).fraction()).isEqualTo("2 of 6");
  }

  @Test
  void the_default_layer_is_all_coders_while_there_is_no_consensus() {
    LayerSnapshot s = study.evidence().snapshot(Optional.empty());
    assertThat(s.layer().label()).isEqualTo("all coders (james, mei) (default)");
    assertThat(s.codings()).hasSize(12);
  }

  @Test
  void theme_by_attribute_matrix_counts_participants_per_value_with_a_none_column() {
    LayerSnapshot s = study.layer("mei");
    EvidenceMatrix m =
        EvidenceMatrices.byAttribute(
            s, EvidenceMatrices.themeRows(s), Measure.PARTICIPANTS, "discipline");
    assertThat(m.columns()).containsExactly("nursing", "peer", "social work", "(none)");
    // A, B nursing; D, E peer; C social work; F none
    assertThat(m.columnTotals()).containsExactly(2, 2, 1, 1);
    int family = rowOf(m, study.family.id());
    // Family supporters A, B (nursing), E (peer), C (social work), F (none)
    assertThat(m.cells().get(family)).containsExactly(2, 1, 1, 1);
    assertThat(m.rowTotals().get(family)).isEqualTo(5);
    EvidenceMatrix passages =
        EvidenceMatrices.byAttribute(
            s, EvidenceMatrices.themeRows(s), Measure.PASSAGES, "discipline");
    // Family passages: d1 2, d2 2 (nursing); d5 1 (peer); d3 1 (social work); d6 1 (none)
    assertThat(passages.cells().get(family)).containsExactly(4, 1, 1, 1);
  }

  @Test
  void code_by_participant_matrix_has_one_column_per_participant() {
    LayerSnapshot s = study.layer("mei");
    EvidenceMatrix m =
        EvidenceMatrices.byParticipant(s, EvidenceMatrices.codeRows(s), Measure.PASSAGES);
    assertThat(m.columns()).containsExactly("A", "B", "C", "D", "E", "F");
    int stigma = m.rows().stream().map(EvidenceMatrix.Row::name).toList().indexOf("Stigma");
    assertThat(m.cells().get(stigma)).containsExactly(1, 0, 1, 0, 0, 0);
  }

  @Test
  void cooccurrence_counts_units_coded_with_both_and_their_jaccard_index() {
    LayerSnapshot s = study.layer("mei");
    CooccurrenceMatrix overlap = Cooccurrence.of(s, Proximity.OVERLAP);
    int hope = indexOf(overlap, "Hope");
    int family = indexOf(overlap, "Family");
    // overlap: runs of Hope+Family: d1 one joint run; d2 s1 and s0 apart (2 runs); d3, d5, d6 one
    // each -> 1 of 6
    assertThat(overlap.count(hope, family)).isEqualTo(1);
    assertThat(overlap.jaccard(hope, family)).isCloseTo(1 / 6.0, within(1e-9));
    assertThat(overlap.count(hope, hope)).isEqualTo(4);
    CooccurrenceMatrix sentence = Cooccurrence.of(s, Proximity.SENTENCE);
    assertThat(sentence.count(hope, family)).isEqualTo(1);
    // turns: Hope {d1t0, d2t0, d5t0, d6t0}, Family {d1t0, d2t0, d3t0}: both 2, either 5
    CooccurrenceMatrix turn = Cooccurrence.of(s, Proximity.TURN);
    assertThat(turn.count(hope, family)).isEqualTo(2);
    assertThat(turn.jaccard(hope, family)).isCloseTo(0.4, within(1e-9));
    int stigma = indexOf(turn, "Stigma");
    // Stigma {d1t1, d3t0}, Family {d1t0, d2t0, d3t0}: both d3t0, either 4
    assertThat(turn.jaccard(stigma, family)).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void saturation_is_the_first_interview_after_which_k_interviews_add_nothing() {
    LayerSnapshot s = study.layer("mei");
    // import order: d1 +Hope, Family, Stigma (3); d2 0; d3 0; d4 +Pay (4); d5 0; d6 0
    SaturationCurve k3 = Saturation.of(s, Optional.empty(), 3);
    assertThat(k3.steps().stream().map(st -> st.newCodes().size()).toList())
        .containsExactly(3, 0, 0, 1, 0, 0);
    assertThat(k3.steps().get(5).cumulative()).isEqualTo(4);
    assertThat(k3.point()).isEmpty();
    assertThat(Saturation.of(s, Optional.empty(), 2).point()).contains(1);
    // by "interviewed" as numbers: E 2 (d5 +Hope), D 3 (d4 +Pay), C 4 (d3 +Family, Stigma),
    // B 5, A 6, F 10 add nothing -> after interview 3
    SaturationCurve byDate = Saturation.of(s, Optional.of("interviewed"), 3);
    assertThat(byDate.steps().stream().map(SaturationCurve.Step::document).toList())
        .containsExactly("d5", "d4", "d3", "d2", "d1", "d6");
    assertThat(byDate.point()).contains(3);
    assertThat(byDate.rule()).contains("3 successive interviews add no new code");
  }

  @Test
  void passages_of_a_theme_filter_by_attribute_and_sort_by_participant() {
    PassagePage page =
        study
            .evidence()
            .passages(
                Optional.of(Layer.coder("mei")),
                PassageQuery.ofTheme(study.family.id())
                    .where(Map.of("discipline", "nursing"))
                    .sorted(PassageQuery.Sort.PARTICIPANT));
    // Family + Hope passages of A (d1: 2) and B (d2: 2)
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.passages().stream().map(p -> p.participant().orElseThrow()).toList())
        .containsExactly("A", "A", "B", "B");
    CodedPassage first = page.passages().get(0);
    assertThat(first.text()).isEqualTo("Hope grows.");
    assertThat(first.speaker()).contains("Ann");
    assertThat(first.turn()).contains(1);
    assertThat(first.coder()).isEqualTo("mei");
    assertThat(page.layer()).isEqualTo("mei");
  }

  @Test
  void and_retrieval_finds_passages_with_a_second_code_overlapping_or_in_the_same_turn() {
    EvidenceService e = study.evidence();
    PassageQuery hope = PassageQuery.ofCode(study.codes.get("Hope"));
    var family = study.codes.get("Family");
    // overlap: only d1's Hope s0 overlaps Family s0
    assertThat(
            e.passages(Optional.of(Layer.coder("mei")), hope.and(family, Proximity.OVERLAP))
                .total())
        .isEqualTo(1);
    // same turn: d1 (s0 with s0) and d2 (s1 with s0)
    PassagePage turn =
        e.passages(Optional.of(Layer.coder("mei")), hope.and(family, Proximity.TURN));
    assertThat(turn.passages().stream().map(CodedPassage::documentName).toList())
        .containsExactly("d1", "d2");
    // the code filter of a coder inside the union layer
    assertThat(
            e.passages(Optional.of(Layer.parse("mei,james")), hope.coders(Set.of("james")))
                .passages())
        .extracting(CodedPassage::text)
        .containsExactly("Kin help.");
  }

  @Test
  void passages_of_a_parent_code_include_its_subcodes() {
    PassagePage work =
        study
            .evidence()
            .passages(Optional.of(Layer.all()), PassageQuery.ofCode(study.codes.get("Work")));
    assertThat(work.passages()).extracting(CodedPassage::code).containsExactly("Pay", "Work");
    assertThat(work.passages().get(0).paragraph()).isEqualTo(2);
  }

  private static int rowOf(EvidenceMatrix m, ThemeId id) {
    return m.rows().stream().map(EvidenceMatrix.Row::id).toList().indexOf(id.value());
  }

  private static int indexOf(CooccurrenceMatrix m, String code) {
    List<String> names = m.codes().stream().map(EvidenceMatrix.Row::name).toList();
    return names.indexOf(code);
  }
}
