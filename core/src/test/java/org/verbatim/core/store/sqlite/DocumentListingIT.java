package org.verbatim.core.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/** The document listing reads the covering index and the stored turn counts, never the text. */
class DocumentListingIT {
  @TempDir Path dir;

  private static DocumentContent interview(String name, int turns) {
    StringBuilder text = new StringBuilder();
    List<Turn> list = new ArrayList<>();
    for (int i = 0; i < turns; i++) {
      int start = text.length();
      text.append("Nurse K: answer ").append(i).append(" of ").append(name).append('\n');
      list.add(Turn.untimed(i, Optional.of("Nurse K"), new Span(start, text.length() - 1)));
    }
    return new DocumentContent(
        name, Language.ENGLISH, SourceFormat.TXT, text.toString(), list, List.of());
  }

  @Test
  void theListingQueryIsAnsweredFromTheCoveringIndexWithoutReadingTheDocumentsRows()
      throws Exception {
    Path file = dir.resolve("project.sqlite");
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      store.documents().add(interview("P01", 3), "tester");
    }
    List<String> plan = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet rs =
            c.createStatement().executeQuery("EXPLAIN QUERY PLAN " + SqliteDocumentStore.LISTING)) {
      while (rs.next()) {
        plan.add(rs.getString("detail"));
      }
    }
    assertThat(plan).contains("SCAN d USING COVERING INDEX documents_summary");
    assertThat(String.join("\n", plan)).doesNotContain("turns t").doesNotContain("SCAN t");
  }

  @Test
  void listsTurnCountsOfDocumentsStoredBeforeTheCountWasKeptAndOfNewOnes() throws Exception {
    Path file = dir.resolve("project.sqlite");
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      store.documents().add(interview("P01", 3), "tester");
      store.documents().add(interview("P02", 1), "tester");
    }
    // back to schema 9, as a project made before the count existed
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("DROP INDEX documents_summary");
      s.execute("DROP TABLE document_turns");
      s.execute("DROP INDEX IF EXISTS codings_code_spans");
      s.execute("PRAGMA user_version = 9");
    }
    try (SqliteProjectStore store = SqliteProjectStore.open(file)) {
      store.documents().add(interview("P03", 4), "tester");
      store.documents().add(interview("P00", 0), "tester");
      assertThat(store.documents().list())
          .extracting(DocumentSummary::name, DocumentSummary::turns)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("P00", 0),
              org.assertj.core.groups.Tuple.tuple("P01", 3),
              org.assertj.core.groups.Tuple.tuple("P02", 1),
              org.assertj.core.groups.Tuple.tuple("P03", 4));
      assertThat(store.documents().summary(store.documents().byName("P03").orElseThrow().id()))
          .map(DocumentSummary::turns)
          .contains(4);
    }
  }
}
