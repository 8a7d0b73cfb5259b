package org.verbatim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.bench.CorpusGenerator.GeneratedCorpus;
import org.verbatim.core.bench.CorpusGenerator.Settings;

class CorpusGeneratorIT {
  @TempDir Path dir;

  static final Settings SMALL = new Settings(10, 800, 5, 7);

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    GeneratedCorpus a = new CorpusGenerator(SMALL).generate(dir.resolve("a"));
    GeneratedCorpus b = new CorpusGenerator(SMALL).generate(dir.resolve("b"));
    assertThat(a.transcripts()).hasSize(10);
    for (int i = 0; i < a.transcripts().size(); i++) {
      assertThat(Files.readAllBytes(b.transcripts().get(i)))
          .isEqualTo(Files.readAllBytes(a.transcripts().get(i)));
    }
    assertThat(Files.readAllBytes(b.participants()))
        .isEqualTo(Files.readAllBytes(a.participants()));
    assertThat(b.words()).isEqualTo(a.words());
  }

  @Test
  void anotherSeedWritesAnotherCorpus() throws IOException {
    GeneratedCorpus a = new CorpusGenerator(SMALL).generate(dir.resolve("a"));
    GeneratedCorpus b = new CorpusGenerator(new Settings(10, 800, 5, 8)).generate(dir.resolve("b"));
    assertThat(Files.readString(b.transcripts().get(0)))
        .isNotEqualTo(Files.readString(a.transcripts().get(0)));
  }

  @Test
  void writesSpeakerTurnsAboutTheRequestedLengthAndOneInFiveInChinese() throws IOException {
    GeneratedCorpus corpus = new CorpusGenerator(SMALL).generate(dir);
    assertThat(corpus.chineseDocuments()).isEqualTo(2);
    assertThat(corpus.words()).isBetween(10 * 800L, 10 * 1_200L);
    String english = Files.readString(dir.resolve("P0001.txt"));
    assertThat(english).startsWith("Interviewer: ").contains("\n\nP0001 (").doesNotContain("\r");
    String traditional = Files.readString(dir.resolve("P0005.txt"));
    String simplified = Files.readString(dir.resolve("P0010.txt"));
    assertThat(traditional).containsAnyOf("同儕", "復元", "個案", "護理師").doesNotContain("同侪");
    assertThat(simplified).containsAnyOf("同侪", "复元", "个案", "护理师").doesNotContain("同儕");
  }

  @Test
  void participantsCsvHasOneRowPerTranscript() throws IOException {
    GeneratedCorpus corpus = new CorpusGenerator(SMALL).generate(dir);
    List<String> lines = Files.readAllLines(corpus.participants());
    assertThat(lines.get(0))
        .isEqualTo("document,label,discipline,organisation_type,age,years_experience");
    assertThat(lines).hasSize(11);
    assertThat(lines.get(1))
        .matches("P0001\\.txt,[A-Za-z ]+ 1,[A-Za-z ]+,[A-Za-z ]+,\\d0-\\d9,\\d+");
  }
}
