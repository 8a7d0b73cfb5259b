package org.verbatim.core.bench;

import static org.verbatim.core.bench.Zipf.pick;
import static org.verbatim.core.bench.Zipf.uniform;

import java.util.Random;

/** Writes one Chinese (Traditional) interview; words are counted as vocabulary items. */
final class ChineseInterview {
  private final Random random;
  private final String speaker;
  private final StringBuilder text = new StringBuilder();
  private long words;

  ChineseInterview(Random random, String speaker) {
    this.random = random;
    this.speaker = speaker;
  }

  CorpusGenerator.Interview write(int targetWords) {
    while (words < targetWords) {
      String topic = pick(random, Vocabulary.ZH_TOPICS);
      turn("Interviewer", String.format(uniform(random, Vocabulary.ZH_QUESTIONS), topic), 5);
      StringBuilder answer = new StringBuilder();
      long answerWords = 0;
      int sentences = 3 + random.nextInt(8);
      for (int i = 0; i < sentences; i++) {
        answerWords += sentence(answer);
      }
      turn(speaker, answer.toString(), answerWords);
    }
    return new CorpusGenerator.Interview(text.toString(), words);
  }

  private void turn(String label, String said, long saidWords) {
    text.append(label).append(": ").append(said).append("\n\n");
    words += saidWords;
  }

  private int sentence(StringBuilder s) {
    int count = 0;
    if (random.nextInt(5) == 0) {
      s.append(uniform(random, Vocabulary.ZH_FILLERS)).append('，');
      count++;
    }
    count += clause(s);
    if (random.nextInt(3) == 0) {
      s.append('，').append(uniform(random, Vocabulary.ZH_CONNECTORS));
      count += 1 + clause(s);
    }
    s.append(random.nextInt(10) == 0 ? '？' : '。');
    return count;
  }

  private int clause(StringBuilder c) {
    c.append(pick(random, Vocabulary.ZH_SUBJECTS));
    int count = 3;
    if (random.nextInt(2) == 0) {
      c.append(uniform(random, Vocabulary.ZH_MODIFIERS));
      count++;
    }
    c.append(uniform(random, Vocabulary.ZH_VERBS)).append(pick(random, Vocabulary.ZH_TOPICS));
    return count;
  }
}
