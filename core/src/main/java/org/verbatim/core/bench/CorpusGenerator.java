package org.verbatim.core.bench;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a deterministic synthetic study: N interview transcripts in speaker-turn format ({@code
 * Interviewer: …} / {@code P0001 (Nurse): …}, one turn per paragraph) plus {@code
 * participants.csv}. Every {@code chineseEvery}-th transcript is Chinese, alternating Traditional
 * and Simplified. The same settings always give the same bytes.
 */
public final class CorpusGenerator {
  /** The columns of participants.csv, in order. */
  public static final List<String> PARTICIPANT_COLUMNS =
      List.of("document", "label", "discipline", "organisation_type", "age", "years_experience");

  /**
   * What to generate.
   *
   * @param documents number of transcripts, at least 1
   * @param wordsPerDocument approximate words per transcript (a Chinese word is a dictionary word)
   * @param chineseEvery every n-th transcript is Chinese; 0 for none
   * @param seed the random seed: same seed, same corpus
   */
  public record Settings(int documents, int wordsPerDocument, int chineseEvery, long seed) {
    public Settings {
      if (documents < 1 || documents > 99_999) {
        throw new IllegalArgumentException("documents must be 1..99999, was " + documents);
      }
      if (wordsPerDocument < 10) {
        throw new IllegalArgumentException(
            "wordsPerDocument must be >= 10, was " + wordsPerDocument);
      }
      if (chineseEvery < 0) {
        throw new IllegalArgumentException("chineseEvery must be >= 0, was " + chineseEvery);
      }
    }

    /** ~10,000 words per transcript, one in five Chinese, seed 42. */
    public static Settings defaults(int documents) {
      return new Settings(documents, 10_000, 5, 42);
    }
  }

  /**
   * A generated corpus.
   *
   * @param transcripts the transcript files in document order
   * @param words total words written (Chinese counted in dictionary words)
   * @param chineseDocuments how many transcripts are Chinese
   */
  public record GeneratedCorpus(
      Path folder, List<Path> transcripts, Path participants, long words, int chineseDocuments) {
    public GeneratedCorpus {
      transcripts = List.copyOf(transcripts);
    }
  }

  private final Settings settings;

  public CorpusGenerator(Settings settings) {
    this.settings = settings;
  }

  /**
   * Writes the corpus into {@code folder} (created if needed; same-named files are overwritten).
   *
   * @throws UncheckedIOException naming the file that could not be written
   */
  public GeneratedCorpus generate(Path folder) {
    Path participants = folder.resolve("participants.csv");
    List<Path> transcripts = new ArrayList<>();
    Map<String, Integer> perDiscipline = new HashMap<>();
    long words = 0;
    int chinese = 0;
    Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
    try {
      Files.createDirectories(folder);
      try (Writer out = Files.newBufferedWriter(participants, StandardCharsets.UTF_8);
          CSVPrinter csv =
              CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build().print(out)) {
        csv.printRecord(PARTICIPANT_COLUMNS);
        for (int n = 1; n <= settings.documents(); n++) {
          Random random = new Random(settings.seed() * 1_000_003L + n);
          String id = String.format(Locale.ROOT, "P%04d", n);
          String discipline = pick(random, Vocabulary.DISCIPLINES);
          int age = 22 + random.nextInt(45);
          int experience = 1 + random.nextInt(Math.max(1, age - 21));
          String label = discipline + " " + perDiscipline.merge(discipline, 1, Integer::sum);
          String speaker = id + " (" + discipline + ")";
          boolean isChinese = settings.chineseEvery() > 0 && n % settings.chineseEvery() == 0;
          Interview interview =
              isChinese
                  ? new ChineseInterview(random, speaker).write(settings.wordsPerDocument())
                  : new EnglishInterview(random, speaker).write(settings.wordsPerDocument());
          String text = interview.text();
          if (isChinese) {
            chinese++;
            if (chinese % 2 == 0) {
              text = simplify.transliterate(text);
            }
          }
          Path file = folder.resolve(id + ".txt");
          Files.writeString(file, text, StandardCharsets.UTF_8);
          transcripts.add(file);
          words += interview.words();
          csv.printRecord(
              id,
              label,
              discipline,
              pick(random, Vocabulary.ORGANISATION_TYPES),
              ageRange(age),
              experience);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write generated corpus in " + folder, e);
    }
    return new GeneratedCorpus(folder, transcripts, participants, words, chinese);
  }

  private static String ageRange(int age) {
    int decade = age / 10 * 10;
    return decade + "-" + (decade + 9);
  }

  private static String pick(Random random, List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  /** A finished transcript and how many words it has. */
  record Interview(String text, long words) {}
}
