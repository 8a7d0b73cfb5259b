package org.verbatim.core.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;

class WordServiceIT {
  @TempDir Path tmp;

  private void add(Project p, String name, String text) throws IOException {
    Path file = Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    new DocumentImporter(p, TranscriptImport.withStandardSplitter())
        .importFile(file, ImportOptions.defaults(), "t");
  }

  @Test
  void englishCountsAreByLemmaWithoutStopWordsOrSpeakerLabelsAndMatchAHandCount()
      throws IOException {
    try (Project p = Project.create(tmp.resolve("en"))) {
      // Hand count of what was said (the labels "Interviewer:", "Nurse K:" are not speech):
      // "Tell me." twice -> tell 2;
      // P01 "We ran the clinic. The nurses runs the ward." -> run 2 (ran, runs), clinic 1,
      // nurse 1 (nurses), ward 1; P02 "Clinics close and they said it was hard." -> clinic 1,
      // close 1, say 1, hard 1. Stop words dropped: the, and, they, it, was, we.
      add(
          p,
          "P01.txt",
          "Interviewer: Tell me.\n\nNurse K: We ran the clinic. The nurses runs the ward.\n");
      add(
          p,
          "P02.txt",
          "Interviewer: Tell me.\n\nNurse L: Clinics close and they said it was hard.\n");
      WordService words = p.services().words();
      WordList all = words.frequencies(WordScope.project(), 100);
      assertThat(all.words())
          .contains(
              new WordCount("run", 2),
              new WordCount("clinic", 2),
              new WordCount("nurse", 1),
              new WordCount("ward", 1),
              new WordCount("hard", 1));
      assertThat(all.words()).extracting(WordCount::word).doesNotContain("the", "we", "and", "k");
      WordList one = words.frequencies(WordScope.project().inDocument("P02"), 100);
      assertThat(one.documents()).isEqualTo(1);
      assertThat(one.words()).contains(new WordCount("clinic", 1));
      assertThat(one.words()).extracting(WordCount::word).doesNotContain("nurse", "l");

      assertThat(words.kwic(WordScope.project(), "run", 10))
          .extracting(h -> h.match())
          .containsExactly("ran", "runs");
      // the label is not speech, so it is no line of context either
      assertThat(words.kwic(WordScope.project(), "nurse", 10))
          .extracting(h -> h.match())
          .containsExactly("nurses");

      words.stopWords().add(Language.ENGLISH, List.of("Clinic"), "t");
      assertThat(words.frequencies(WordScope.project(), 100).words())
          .extracting(WordCount::word)
          .doesNotContain("clinic");
      words.stopWords().reset(Language.ENGLISH, "t");
      assertThat(words.frequencies(WordScope.project(), 100).words())
          .contains(new WordCount("clinic", 2));
    }
  }

  @Test
  void keynessRanksAWordPlantedInACodesPassagesFirst() throws IOException {
    try (Project p = Project.create(tmp.resolve("key"))) {
      String common = "The ward was busy and the nurse spoke with the team about the clinic. ";
      String planted = "The kaleidoscope helped, the kaleidoscope of days, a kaleidoscope. ";
      add(
          p,
          "P01.txt",
          "Interviewer: "
              + common.repeat(3)
              + "\n\nNurse K: "
              + common
              + planted
              + "\n\nInterviewer: "
              + common.repeat(3)
              + "\n");
      var store = p.store();
      var doc = store.documents().list().get(0);
      String text = store.documents().get(doc.id()).orElseThrow().text();
      int start = text.indexOf("Nurse K: ") + "Nurse K: ".length();
      int end = text.indexOf(planted) + planted.length();
      var coder = store.coders().ensure("mei", "t").id();
      var code =
          store
              .codes()
              .create(
                  new org.verbatim.core.model.NewCode(
                      java.util.Optional.empty(), "Metaphors", "", "#336699"),
                  "t")
              .id();
      store
          .codings()
          .addAll(
              List.of(
                  new org.verbatim.core.model.NewCoding(
                      doc.id(), code, coder, new org.verbatim.core.model.Span(start, end), "")),
              "t");
      DistinctiveWords d = p.services().words().distinctive(WordScope.project().ofCode(code), 10);
      // kaleidoscope: 3 in the passage, 0 elsewhere; ward, nurse, clinic: 1 inside, 6 outside
      assertThat(d.words()).isNotEmpty();
      assertThat(d.words().get(0).word()).isEqualTo("kaleidoscope");
      assertThat(d.words().get(0).count()).isEqualTo(3);
      assertThat(d.words().get(0).reference()).isZero();
      assertThat(d.words()).extracting(Keyness::word).doesNotContain("ward", "clinic");
    }
  }

  @Test
  void chineseCountsAreBySegmentedWord() throws IOException {
    try (Project p = Project.create(tmp.resolve("zh"))) {
      add(p, "Z01.txt", "访谈者：请说。\n\n护士：我们的医院很忙。医院需要护士。\n");
      WordList all = p.services().words().frequencies(WordScope.project(), 100);
      // 护士 once (the label is not speech), 医院 twice; 我们, 的, 很 are stop words
      assertThat(all.words()).contains(new WordCount("医院", 2), new WordCount("护士", 1));
      assertThat(all.words()).extracting(WordCount::word).doesNotContain("的", "我们", "很");
    }
  }

  @Test
  void refusesAnUnknownDocumentAttributeOrLimit() throws IOException {
    try (Project p = Project.create(tmp.resolve("bad"))) {
      add(p, "Z02.txt", "护士：医院很忙。\n");
      WordService words = p.services().words();
      assertThatThrownBy(() -> words.frequencies(WordScope.project().inDocument("nope"), 10))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () -> words.frequencies(WordScope.project().where(java.util.Map.of("x", "y")), 10))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("attribute 'x'");
      assertThatThrownBy(() -> words.frequencies(WordScope.project(), 0))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> words.distinctive(WordScope.project(), 10))
          .isInstanceOf(InvalidInputException.class);
    }
  }
}
