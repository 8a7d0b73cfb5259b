package org.verbatim.core.bench;

import static org.verbatim.core.bench.Zipf.pick;
import static org.verbatim.core.bench.Zipf.uniform;

import java.util.Random;

/** Writes one English interview: short interviewer questions, longer participant answers. */
final class EnglishInterview {
  private final Random random;
  private final String speaker;
  private final StringBuilder text = new StringBuilder();
  private long words;

  EnglishInterview(Random random, String speaker) {
    this.random = random;
    this.speaker = speaker;
  }

  CorpusGenerator.Interview write(int targetWords) {
    while (words < targetWords) {
      String topic = pick(random, Vocabulary.EN_TOPICS);
      turn("Interviewer", String.format(uniform(random, Vocabulary.EN_QUESTIONS), topic));
      StringBuilder answer = new StringBuilder();
      int sentences = 3 + random.nextInt(8);
      for (int i = 0; i < sentences; i++) {
        answer.append(i == 0 ? "" : " ").append(sentence());
      }
      turn(speaker, answer.toString());
    }
    return new CorpusGenerator.Interview(text.toString(), words);
  }

  private void turn(String label, String said) {
    text.append(label).append(": ").append(said).append("\n\n");
    words += said.split(" ").length;
  }

  private String sentence() {
    StringBuilder s = new StringBuilder();
    if (random.nextInt(3) == 0) {
      s.append(uniform(random, Vocabulary.EN_OPENERS)).append(' ');
    }
    if (random.nextInt(8) == 0) {
      s.append(uniform(random, Vocabulary.EN_FILLERS)).append(", ");
    }
    s.append(clause());
    if (random.nextInt(3) == 0) {
      s.append(' ').append(uniform(random, Vocabulary.EN_CONNECTORS)).append(' ').append(clause());
    }
    String sentence = s.append(random.nextInt(10) == 0 ? "?" : ".").toString();
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private String clause() {
    StringBuilder c =
        new StringBuilder()
            .append(pick(random, Vocabulary.EN_SUBJECTS))
            .append(' ')
            .append(uniform(random, Vocabulary.EN_VERBS))
            .append(' ')
            .append(pick(random, Vocabulary.EN_TOPICS));
    if (random.nextInt(2) == 0) {
      c.append(' ').append(uniform(random, Vocabulary.EN_MODIFIERS));
    }
    return c.toString();
  }
}
