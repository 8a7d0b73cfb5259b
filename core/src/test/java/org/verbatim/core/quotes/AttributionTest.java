package org.verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantId;

class AttributionTest {
  private static Participant k(Map<String, String> attributes) {
    return new Participant(new ParticipantId(1), "K", attributes);
  }

  @Test
  void the_default_pattern_puts_the_discipline_before_the_label() {
    assertThat(Attribution.defaults().of(Optional.of(k(Map.of("discipline", "Nurse"))), "P01"))
        .isEqualTo("Nurse K");
  }

  @Test
  void a_missing_or_blank_attribute_falls_back_to_the_label_never_null() {
    assertThat(Attribution.defaults().of(Optional.of(k(Map.of())), "P01")).isEqualTo("K");
    assertThat(Attribution.defaults().of(Optional.of(k(Map.of("discipline", "  "))), "P01"))
        .isEqualTo("K");
    assertThat(
            new Attribution("{discipline}, {organisation_type} ({label})")
                .of(Optional.of(k(Map.of("discipline", "Nurse"))), "P01"))
        .isEqualTo("K")
        .doesNotContain("null");
  }

  @Test
  void other_attributes_and_literal_text_are_filled_in() {
    assertThat(
            new Attribution("{discipline}  {label}, {age_range}")
                .of(Optional.of(k(Map.of("discipline", "Nurse", "age_range", "45-54"))), "P01"))
        .isEqualTo("Nurse K, 45-54");
  }

  @Test
  void a_document_without_a_participant_is_attributed_by_its_name() {
    assertThat(Attribution.defaults().of(Optional.empty(), "P07")).isEqualTo("P07");
  }

  @Test
  void a_pattern_without_placeholders_or_with_a_stray_brace_is_refused() {
    assertThatThrownBy(() -> new Attribution("Nurse"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("names no attribute");
    assertThatThrownBy(() -> new Attribution("{discipline {label}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unmatched brace");
  }
}
