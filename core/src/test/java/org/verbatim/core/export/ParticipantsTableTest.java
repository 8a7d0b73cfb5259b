package org.verbatim.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantId;

/** Every figure below was worked out by hand from the five participants of {@link #five()}. */
class ParticipantsTableTest {
  static List<Participant> five() {
    return List.of(
        person(1, "Nurse A", "Nurse", "2", "F"),
        person(2, "Nurse B", "Nurse", "4", "M"),
        person(3, "Social Worker C", "Social worker", "4", "F"),
        person(4, "Nurse D", "Nurse", "10", null),
        person(5, "Social Worker E", "Social worker", " ", "F"));
  }

  private static Participant person(
      long id, String label, String discipline, String years, String gender) {
    Map<String, String> a = new HashMap<>();
    a.put("discipline", discipline);
    a.put("years_experience", years);
    if (gender != null) {
      a.put("gender", gender);
    }
    return new Participant(new ParticipantId(id), label, a);
  }

  static List<List<String>> texts(ExportTable table) {
    List<List<String>> out = new ArrayList<>();
    out.add(table.headers());
    for (ExportTable.Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.cells().size(); c++) {
        cells.add(row.cells().get(c).display(table.columns().get(c).kind()));
      }
      out.add(cells);
    }
    return out;
  }

  @Test
  void counts_percentages_and_numeric_statistics_overall_match_the_hand_computation() {
    ExportTable table = ParticipantsTable.build(five(), Optional.empty(), true);
    assertThat(texts(table))
        .containsExactly(
            List.of("Characteristic", "Category", "Overall n (N = 5)", "Overall %"),
            List.of("Discipline", "Nurse", "3", "60.0%"),
            List.of("", "Social worker", "2", "40.0%"),
            List.of("", "Missing", "0", "0.0%"),
            List.of("Gender", "F", "3", "60.0%"),
            List.of("", "M", "1", "20.0%"),
            List.of("", "Missing", "1", "20.0%"),
            List.of("Years experience", "Mean", "5.00", ""),
            List.of("", "SD", "3.46", ""),
            List.of("", "Range", "2–10", ""),
            List.of("", "Median", "4.00", ""),
            List.of("", "IQR", "3.5–5.5", ""),
            List.of("", "Missing", "1", "20.0%"));
  }

  @Test
  void split_by_an_attribute_gives_each_group_and_the_missing_their_own_columns() {
    ExportTable table = ParticipantsTable.build(five(), Optional.of("gender"), false);
    assertThat(table.title()).isEqualTo("Table 1. Participants by gender");
    assertThat(texts(table))
        .containsExactly(
            List.of(
                "Characteristic",
                "Category",
                "Overall n (N = 5)",
                "Overall %",
                "F n (N = 3)",
                "F %",
                "M n (N = 1)",
                "M %",
                "Missing n (N = 1)",
                "Missing %"),
            List.of(
                "Discipline", "Nurse", "3", "60.0%", "1", "33.3%", "1", "100.0%", "1", "100.0%"),
            List.of("", "Social worker", "2", "40.0%", "2", "66.7%", "0", "0.0%", "0", "0.0%"),
            List.of("", "Missing", "0", "0.0%", "0", "0.0%", "0", "0.0%", "0", "0.0%"),
            List.of("Years experience", "Mean", "5.00", "", "3.00", "", "4.00", "", "10.00", ""),
            List.of("", "SD", "3.46", "", "1.41", "", "", "", "", ""),
            List.of("", "Range", "2–10", "", "2–4", "", "4–4", "", "10–10", ""),
            List.of("", "Missing", "1", "20.0%", "1", "33.3%", "0", "0.0%", "0", "0.0%"));
  }

  @Test
  void numbers_are_recognised_only_when_every_present_value_is_one() {
    assertThat(ParticipantsTable.numeric(five(), "years_experience")).isTrue();
    assertThat(ParticipantsTable.numeric(five(), "discipline")).isFalse();
    assertThat(ParticipantsTable.isNumber("35-44")).isFalse();
    assertThat(ParticipantsTable.isNumber("-2.5")).isTrue();
    assertThat(ParticipantsTable.isNumber("1e3")).isTrue();
  }

  @Test
  void a_mean_is_a_typed_number_even_in_a_column_of_counts() {
    ExportTable table = ParticipantsTable.build(five(), Optional.empty(), false);
    ExportTable.Cell mean = table.rows().get(6).cells().get(2);
    assertThat(mean).isInstanceOf(ExportTable.Number.class);
    assertThat(((ExportTable.Number) mean).value()).isEqualTo(5.0);
  }

  @Test
  void splitting_by_an_unknown_attribute_names_it_and_the_known_ones() {
    assertThatThrownBy(() -> ParticipantsTable.build(five(), Optional.of("age"), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'age'")
        .hasMessageContaining("discipline, gender, years_experience");
  }
}
