package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;

/** The ReCal-style CSV is read strictly; messages name file, line and column. */
class ReliabilityCsvTest {

  private static UnitStudy read(String csv, Level level) throws IOException {
    return ReliabilityCsv.read(new BufferedReader(new StringReader(csv)), "data.csv", level);
  }

  @Test
  void readsHeaderAsCodersAndEmptyCellsAsMissing() throws IOException {
    UnitStudy study = read("\uFEFFAnn,Bo\n1,1\n2,\n,3\n", Level.NOMINAL);
    assertThat(study.coders()).containsExactly("Ann", "Bo");
    assertThat(study.unitCount()).isEqualTo(3);
    assertThat(study.value(1, 1)).isEmpty();
    assertThat(study.value(2, 1)).hasValue("3");
  }

  @Test
  void refusesRaggedRowNamingItsLine() {
    assertThatThrownBy(() -> read("A,B\n1,2\n1,2,3\n", Level.NOMINAL))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("data.csv: line 3 has 3 fields but the header names 2 coders");
  }

  @Test
  void refusesTextInAnIntervalColumnNamingLineAndCoder() {
    assertThatThrownBy(() -> read("A,B\n1,2\n1,high\n", Level.INTERVAL))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "data.csv: line 3, column 'B': 'high' is not a number (level interval needs numbers)");
  }

  @Test
  void normalisesNumbersSoOneValueIsOneCategory() throws IOException {
    UnitStudy study = read("A,B\n1,1.0\n2.50,2.5\n", Level.ORDINAL);
    assertThat(study.categories()).containsExactly("1", "2.5");
  }

  @Test
  void refusesEmptyFileAndDuplicateCoders() {
    assertThatThrownBy(() -> read("", Level.NOMINAL))
        .hasMessageContaining("data.csv: the file is empty");
    assertThatThrownBy(() -> read("A,A\n1,1\n", Level.NOMINAL))
        .hasMessageContaining("coder 'A' is named twice");
  }
}
