package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;

/** The unitized JSON layout is read strictly, with the file and JSON path in every message. */
class UnitizedJsonTest {

  private static UnitizedStudy read(String json) throws IOException {
    return UnitizedJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "data.json");
  }

  @Test
  void readsCodersSegmentsAndDomains() throws IOException {
    UnitizedStudy study =
        read(
            """
            {"length": 20,
             "coders": {"A": [[0, 5, "x"], [5, 9, "x"]], "B": [[1, 6, "y"]]},
             "domains": {"D1": ["x"], "D2": ["y"]}}""");
    assertThat(study.coders()).containsExactly("A", "B");
    assertThat(study.segments("A")).containsExactly(new Segment(0, 5, "x"), new Segment(5, 9, "x"));
    assertThat(study.domains()).containsOnlyKeys("D1", "D2");
    assertThat(study.domainsGiven()).isTrue();
  }

  @Test
  void refusesSegmentEndingBeforeItStarts() {
    assertThatThrownBy(() -> read("{\"length\": 20, \"coders\": {\"A\": [[5, 5, \"x\"]]}}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("data.json: coders.A[0]: end 5 must be greater than start 5");
  }

  @Test
  void refusesSegmentBeyondTheContinuum() {
    assertThatThrownBy(() -> read("{\"length\": 20, \"coders\": {\"A\": [[15, 21, \"x\"]]}}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("coders.A[0]")
        .hasMessageContaining("beyond the continuum of length 20");
  }

  @Test
  void refusesUnknownKeysListingTheValidOnes() {
    assertThatThrownBy(() -> read("{\"length\": 20, \"coders\": {}, \"lenght\": 3}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown key \"lenght\"; valid keys are length, coders, domains");
  }

  @Test
  void refusesCategoryOutsideEveryDomain() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"length\": 9, \"coders\": {\"A\": [[0, 2, \"z\"]], \"B\": []},"
                        + " \"domains\": {\"D\": [\"x\"]}}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("data.json: category 'z' is coded but belongs to no domain");
  }

  @Test
  void refusesMalformedJsonWithItsLine() {
    assertThatThrownBy(() -> read("{\"length\": 20,\n \"coders\": {"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("data.json: line 2");
  }

  @Test
  void refusesACoderNamedTwice() {
    assertThatThrownBy(() -> read("{\"length\": 20, \"coders\": {\"A\": [], \"A\": []}}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("data.json: line 1")
        .hasMessageContaining("Duplicate field 'A'");
  }

  @Test
  void refusesFractionalPositions() {
    assertThatThrownBy(() -> read("{\"length\": 20, \"coders\": {\"A\": [[1.5, 3, \"x\"]]}}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("coders.A[0] start must be a whole number");
  }

  @Test
  void unknownCoderLookupNamesTheKnownCoders() throws IOException {
    UnitizedStudy study = read("{\"length\": 20, \"coders\": {\"A\": [], \"B\": []}}");
    assertThatThrownBy(() -> study.segments("Q"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown coder 'Q'; coders are A, B");
  }
}
