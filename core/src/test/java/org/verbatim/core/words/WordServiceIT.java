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
  void englishCountsAreByLemmaWithoutStopWordsAndMatchAHandCount() throws IOException {
    try (Project p = Project.create(tmp.resolve("en"))) {
      // lemmas: nurse(K) run(ran) clinic, nurse(nurses) run(runs) ward, clinic(clinics) close;
      // "K" is a letter word too. Stop words dropped: the, and, they, it, was, we.
      add(p, "P01.txt", "Nurse K: We ran the clinic. The nurses runs the ward.\n");
      add(p, "P02.txt", "Nurse L: Clinics close and they said it was hard.\n");
      WordService words = p.services().words();
      WordList all = words.frequencies(WordScope.project(), 100);
      assertThat(all.words()).contains(new WordCount("nurse", 3), new WordCount("clinic", 2));
      assertThat(all.words()).contains(new WordCount("run", 2));
      assertThat(all.words()).extracting(WordCount::word).doesNotContain("the", "we", "and");
      WordList one = words.frequencies(WordScope.project().inDocument("P02"), 100);
      assertThat(one.documents()).isEqualTo(1);
      assertThat(one.words()).contains(new WordCount("nurse", 1), new WordCount("clinic", 1));

      assertThat(words.kwic(WordScope.project(), "run", 10))
          .extracting(h -> h.match())
          .containsExactly("ran", "runs");

      words.stopWords().add(Language.ENGLISH, List.of("Nurse"), "t");
      assertThat(words.frequencies(WordScope.project(), 100).words())
          .extracting(WordCount::word)
          .doesNotContain("nurse");
      words.stopWords().reset(Language.ENGLISH, "t");
      assertThat(words.frequencies(WordScope.project(), 100).words())
          .contains(new WordCount("nurse", 3));
    }
  }

  @Test
  void chineseCountsAreBySegmentedWord() throws IOException {
    try (Project p = Project.create(tmp.resolve("zh"))) {
      add(p, "Z01.txt", "护士：我们的医院很忙。医院需要护士。\n");
      WordList all = p.services().words().frequencies(WordScope.project(), 100);
      // 护士 twice (label and speech), 医院 twice; 我们, 的, 很 are stop words
      assertThat(all.words()).contains(new WordCount("医院", 2));
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
