package org.verbatim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;

class AnnotationServiceIT {
  @TempDir static Path tmp;
  static TranscriptImport reader;

  @BeforeAll
  static void buildSplitterOnce() {
    reader = TranscriptImport.withStandardSplitter();
  }

  private static DocumentId add(Project p, String name, String text) throws IOException {
    Path file = Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    return new DocumentImporter(p, reader).importFile(file, ImportOptions.defaults(), "t").id();
  }

  @Test
  void englishTokensCarryLemmasTagsEntitiesAndOffsetsIntoTheStoredText() throws IOException {
    try (Project p = Project.create(tmp.resolve("en"))) {
      String text =
          "Interviewer: What happened?\nNurse K: Dr. Lin ran to Boston. She runs daily.\n";
      DocumentId id = add(p, "P01.txt", text);
      String stored = p.store().documents().text(id).orElseThrow();
      List<Token> tokens = p.services().annotations().tokens(id);
      assertThat(tokens).isNotEmpty();
      for (Token t : tokens) {
        assertThat(stored.substring(t.start(), t.end())).isNotBlank();
      }
      Token ran = tokens.stream().filter(t -> t.word().equals("ran")).findFirst().orElseThrow();
      assertThat(ran.lemma()).isEqualTo("run");
      assertThat(ran.pos()).isEqualTo("VBD");
      assertThat(stored.substring(ran.start(), ran.end())).isEqualTo("ran");
      Token runs = tokens.stream().filter(t -> t.word().equals("runs")).findFirst().orElseThrow();
      assertThat(runs.lemma()).isEqualTo("run");
      Token lin = tokens.stream().filter(t -> t.word().equals("Lin")).findFirst().orElseThrow();
      assertThat(lin.ner()).isEqualTo("PERSON");
      Token boston =
          tokens.stream().filter(t -> t.word().equals("Boston")).findFirst().orElseThrow();
      assertThat(boston.ner()).isEqualTo("CITY");
    }
  }

  @Test
  void aSecondRequestReadsTheCacheWithoutAnnotatingEvenAfterReopening() throws IOException {
    Path folder = tmp.resolve("cache");
    DocumentId id;
    List<Token> first;
    try (Project p = Project.create(folder)) {
      id = add(p, "P02.txt", "Nurse K: We ran the clinic together.\n");
      AnnotationService annotations = p.services().annotations();
      assertThat(annotations.isCached(id)).isFalse();
      first = annotations.tokens(id);
      assertThat(annotations.annotationsMade()).isEqualTo(1);
      assertThat(annotations.tokens(id)).isEqualTo(first);
      assertThat(annotations.annotate(List.of(id))).isZero();
      assertThat(annotations.annotationsMade()).isEqualTo(1);
    }
    try (Project p = Project.open(folder)) {
      AnnotationService annotations = p.services().annotations();
      assertThat(annotations.isCached(id)).isTrue();
      assertThat(annotations.tokens(id)).isEqualTo(first);
      assertThat(annotations.annotationsMade()).isZero();
    }
  }

  @Test
  void chineseIsSegmentedIntoWordsWithTheWordAsLemma() throws IOException {
    try (Project p = Project.create(tmp.resolve("zh"))) {
      String text = "受訪者：我們醫院的社工很支持病人。\n";
      DocumentId id = add(p, "Z01.txt", text);
      String stored = p.store().documents().text(id).orElseThrow();
      List<Token> tokens = p.services().annotations().tokens(id);
      assertThat(tokens).extracting(Token::word).contains("醫院", "病人").doesNotContain("。", "：");
      for (Token t : tokens) {
        assertThat(t.lemma()).isEqualTo(t.word());
        assertThat(stored.substring(t.start(), t.end())).isEqualTo(t.word());
      }
    }
  }

  @Test
  void manyDocumentsAreAnnotatedInParallelAndCountedOnce() throws IOException {
    try (Project p = Project.create(tmp.resolve("many"))) {
      List<DocumentId> ids =
          List.of(
              add(p, "A.txt", "Nurse K: The first answer.\n"),
              add(p, "B.txt", "Nurse K: A second answer.\n"),
              add(p, "C.txt", "Nurse K: And a third one.\n"));
      AnnotationService annotations = p.services().annotations();
      assertThat(annotations.annotate(ids, 2)).isEqualTo(3);
      assertThat(annotations.annotate(ids, 2)).isZero();
      assertThat(ids).allSatisfy(id -> assertThat(annotations.isCached(id)).isTrue());
    }
  }

  @Test
  void citiesComeFromTheGazetteerWhilePersonsOrganisationsCountriesStatesAndDatesKeepTheirTags()
      throws IOException {
    try (Project p = Project.create(tmp.resolve("cities"))) {
      String text =
          "Mei: I left Kaohsiung for Boston on 14 March 2021 to work at Microsoft"
              + " with Dr. Chen.\nMei: Then we went back to Taiwan, and later to California.\n";
      DocumentId id = add(p, "P03.txt", text);
      List<Token> tokens = p.services().annotations().tokens(id);
      assertThat(nerOf(tokens, "Kaohsiung")).isEqualTo("CITY");
      assertThat(nerOf(tokens, "Boston")).isEqualTo("CITY");
      assertThat(nerOf(tokens, "March")).isEqualTo("DATE");
      assertThat(nerOf(tokens, "Microsoft")).isEqualTo("ORGANIZATION");
      assertThat(nerOf(tokens, "Chen")).isEqualTo("PERSON");
      // a country is not a city, though the gazetteer's LOCATION row could have said so
      assertThat(nerOf(tokens, "Taiwan")).isNotEqualTo("CITY").isNotEqualTo("O");
      // nor is a state whose gazetteer row comes before a city of the same name (CoreNLP keeps the
      // first of equal priority)
      assertThat(nerOf(tokens, "California")).isEqualTo("LOCATION");
    }
  }

  private static String nerOf(List<Token> tokens, String word) {
    return tokens.stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().ner();
  }
}
