package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.ParticipantRow;

class ParticipantCsvReaderIT {
  @TempDir Path dir;
  private final ParticipantCsvReader reader = new ParticipantCsvReader();

  private List<ParticipantRow> read(String csv) throws IOException {
    return reader.read(
        Files.writeString(dir.resolve("participants.csv"), csv, StandardCharsets.UTF_8));
  }

  @Test
  void readsRowsWithNormalisedAttributeNamesAndWithoutEmptyCells() {
    List<ParticipantRow> rows = reader.read(Resources.ingest("participants.csv"));
    assertThat(rows).hasSize(2);
    ParticipantRow first = rows.get(0);
    assertThat(first.document()).isEqualTo("interview-en");
    assertThat(first.label()).isEqualTo("Nurse K");
    assertThat(first.attributes())
        .isEqualTo(
            Map.of(
                "age_range",
                "40-49",
                "years_of_experience",
                "10",
                "organisation_type",
                "Hospital"));
    assertThat(first.origin()).isEqualTo("participants.csv line 2");
    assertThat(rows.get(1).attributes()).containsOnlyKeys("age_range", "years_of_experience");
  }

  @Test
  void countsLinesOfQuotedMultiLineCellsAndSkipsBlankRows() throws IOException {
    List<ParticipantRow> rows =
        read("\uFEFF LABEL ,Document,Notes\r\nP1,doc1,\"two\r\nlines\"\r\n,,\r\nP2,doc2, x \r\n");
    assertThat(rows)
        .extracting(ParticipantRow::origin)
        .containsExactly("participants.csv line 2", "participants.csv line 5");
    assertThat(rows.get(0).attributes()).containsEntry("notes", "two\nlines");
    assertThat(rows.get(1).attributes()).containsEntry("notes", "x");
  }

  @Test
  void refusesAMissingRequiredColumnListingTheHeaderFound() {
    assertThatThrownBy(() -> read("document,name,age\nd1,P1,30\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "participants.csv line 1: no 'label' column (required: document, label); the header has: document, name, age");
  }

  @Test
  void refusesBlankAndDuplicateHeaders() {
    assertThatThrownBy(() -> read("document,label, ,age\nd1,P1,x,30\n"))
        .hasMessage("participants.csv line 1: column 3 has a blank header");
    assertThatThrownBy(
            () -> read("document,label,Years of experience,years-of-experience\nd1,P1,3,4\n"))
        .hasMessage(
            "participants.csv line 1: columns 3 and 4 are both named 'years_of_experience'");
  }

  @Test
  void refusesARowWithMoreCellsThanTheHeader() {
    assertThatThrownBy(() -> read("document,label\nd1,P1\nd2,P2,surprise\n"))
        .hasMessage(
            "participants.csv line 3: unknown column 3 (the row has 3 cells, the header 2 columns)");
  }

  @Test
  void refusesARaggedRowWithFewerCells() {
    assertThatThrownBy(() -> read("document,label,age\nd1,P1\n"))
        .hasMessage(
            "participants.csv line 2: the row has 2 cells but the header has 3 columns (missing: age)");
  }

  @Test
  void refusesADocumentDescribedTwice() {
    assertThatThrownBy(() -> read("document,label\nd1,P1\nd2,P2\nd1,P3\n"))
        .hasMessage("participants.csv line 4: document 'd1' is already described on line 2");
  }

  @Test
  void refusesEmptyDocumentOrLabelCells() {
    assertThatThrownBy(() -> read("document,label\n ,P1\n"))
        .hasMessage("participants.csv line 2: the 'document' cell is empty");
    assertThatThrownBy(() -> read("document,label\nd1,\n"))
        .hasMessage("participants.csv line 2: the 'label' cell is empty");
  }

  @Test
  void refusesBrokenQuotingEmptyFilesAndHeaderOnlyFiles() {
    assertThatThrownBy(() -> read("document,label\n\"d1\"x,P1\n"))
        .hasMessageStartingWith("participants.csv: is not valid CSV");
    assertThatThrownBy(() -> read("")).hasMessage("participants.csv: is empty");
    assertThatThrownBy(() -> read("document,label\n"))
        .hasMessage("participants.csv: has a header but no participant rows");
  }
}
