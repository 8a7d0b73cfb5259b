package org.verbatim.core.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.ParticipantRow;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

class SqliteProjectStoreIT {
  @TempDir Path dir;

  private static DocumentContent interview(String name, String answer) {
    String text = "Interviewer: How was it?\nNurse K: " + answer + "\n";
    int a = text.indexOf("How");
    int b = text.indexOf(answer);
    return new DocumentContent(
        name,
        Language.ENGLISH,
        SourceFormat.TXT,
        text,
        List.of(
            Turn.untimed(0, Optional.of("Interviewer"), new Span(a, a + 11)),
            new Turn(
                1,
                Optional.of("Nurse K"),
                new Span(b, b + answer.length()),
                Optional.of(1500L),
                Optional.empty())),
        List.of(
            new Sentence(0, new Span(a, a + 11)),
            new Sentence(1, new Span(b, b + answer.length()))));
  }

  @Test
  void storesADocumentWithTurnsAndSentencesAndReadsItBackAfterReopening() {
    Path file = dir.resolve("project.sqlite");
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      store.documents().add(interview("P01", "Peer support changed my ward."), "tester");
    }
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      Document doc = store.documents().byName("P01").orElseThrow();
      assertThat(doc.turns()).hasSize(2);
      assertThat(doc.turns().get(1).speaker()).contains("Nurse K");
      assertThat(doc.turns().get(1).startMillis()).contains(1500L);
      assertThat(doc.turns().get(1).span().of(doc.text()))
          .isEqualTo("Peer support changed my ward.");
      assertThat(doc.sentences()).extracting(Sentence::index).containsExactly(0, 1);
      assertThat(doc.summary().words()).isEqualTo(11); // labels count too: it is the stored text
      assertThat(doc.summary().turns()).isEqualTo(2);
      assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void usesWriteAheadLoggingAndForeignKeys() throws Exception {
    Path file = dir.resolve("project.sqlite");
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      store.documents().add(interview("P01", "Yes."), "tester");
      try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
          ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
      }
    }
  }

  @Test
  void refusesTheSameTextTwiceNamingTheEarlierDocument() {
    try (SqliteProjectStore store = SqliteProjectStore.open(dir.resolve("project.sqlite"))) {
      store.documents().add(interview("P01", "Same words."), "tester");
      assertThatThrownBy(
              () ->
                  store.documents().add(interview("P02", "Same words.").withName("P02"), "tester"))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("'P01'");
      assertThat(store.documents().list()).extracting(DocumentSummary::name).containsExactly("P01");
    }
  }

  @Test
  void attachingParticipantsToAnUnknownDocumentChangesNothing() {
    try (SqliteProjectStore store = SqliteProjectStore.open(dir.resolve("project.sqlite"))) {
      store.documents().add(interview("P01", "One."), "tester");
      List<ParticipantRow> rows =
          List.of(
              new ParticipantRow("P01", "Nurse K", Map.of("discipline", "Nursing"), "p.csv line 2"),
              new ParticipantRow("P99", "Nurse Z", Map.of(), "p.csv line 3"));
      assertThatThrownBy(() -> store.participants().attach(rows, "tester"))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("p.csv line 3: no document named 'P99' in the project");
      assertThat(store.participants().list()).isEmpty();
      store.participants().attach(rows.subList(0, 1), "tester");
      assertThat(store.documents().byName("P01").orElseThrow().summary().participant())
          .hasValueSatisfying(p -> assertThat(p.attribute("discipline")).contains("Nursing"));
    }
  }

  @Test
  void recordsEveryWriteInTheAuditLog() {
    try (SqliteProjectStore store = SqliteProjectStore.open(dir.resolve("project.sqlite"))) {
      store.documents().add(interview("P01", "One."), "ann");
      store
          .codes()
          .create(new NewCode(Optional.empty(), "Hope", "Looking forward", "#336699"), "ann");
      assertThat(store.audit().list(0, 10))
          .extracting(e -> e.actor() + " " + e.action() + " " + e.entity())
          .containsExactly("ann import document", "ann create code");
      assertThat(store.audit().list(0, 10).get(1).after().orElseThrow())
          .contains("Looking forward");
    }
  }

  @Test
  void listsCodesParentsBeforeChildren() {
    try (SqliteProjectStore store = SqliteProjectStore.open(dir.resolve("project.sqlite"))) {
      Code b = store.codes().create(new NewCode(Optional.empty(), "B", "", "#000000"), "t");
      Code a = store.codes().create(new NewCode(Optional.empty(), "A", "", "#000000"), "t");
      store.codes().create(new NewCode(Optional.of(b.id()), "B1", "", "#000000"), "t");
      store.codes().create(new NewCode(Optional.of(a.id()), "A1", "", "#000000"), "t");
      assertThat(store.codes().list()).extracting(Code::name).containsExactly("A", "A1", "B", "B1");
      assertThatThrownBy(
              () -> store.codes().create(new NewCode(Optional.empty(), "A", "", "#000000"), "t"))
          .isInstanceOf(ConflictException.class);
    }
  }

  @Test
  void refusesAFileThatIsNotADatabase() throws Exception {
    Path file = dir.resolve("project.sqlite");
    java.nio.file.Files.writeString(
        file, "this is not sqlite, just text that is long enough to look like a header");
    assertThatThrownBy(() -> SqliteProjectStore.open(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(file.toString());
  }
}
