package org.verbatim.core.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds speaker names that stand on a line of their own, without a colon, with the speech on the
 * lines below ({@code INTERVIEWER} / {@code Jane Doe} headings, and the speaker line of a Teams
 * transcript).
 *
 * <p>A bare name is a label only when the document repeats it: each name must head at least two
 * turns, and such lines must be at least {@value #MIN_LINES} in all. A name line right after a line
 * that held only a time stamp is a label without repeating (the time line vouches for it).
 */
final class NameLines {
  static final int MIN_LINES = 3;

  /** One to four words, each starting with a capital or digit, no closing punctuation. */
  private static final Pattern NAME =
      Pattern.compile(
          "[\\p{Lu}\\p{Lt}][\\p{L}\\p{M}\\p{N}.'’\\-]*(?:[ \\t][\\p{Lu}\\p{Lt}\\p{N}][\\p{L}\\p{M}\\p{N}.'’\\-]*){0,3}"
              + "|[\\p{IsHan}][\\p{IsHan}\\p{L}\\p{N}·・]{0,11}");

  private NameLines() {}

  /** Whether {@code line} (stripped) could be a bare speaker name. */
  static boolean looksLikeName(String line) {
    String s = line.strip();
    return !s.isEmpty()
        && s.length() <= SpeakerLabels.MAX_NAME_LENGTH
        && !s.endsWith(".")
        && NAME.matcher(s).matches();
  }

  /**
   * The indexes of {@code lines} that are bare-name labels.
   *
   * @param afterTime whether line {@code i} follows a line that held only a time stamp
   */
  static Set<Integer> find(List<String> lines, boolean[] afterTime) {
    Map<String, Integer> counts = new HashMap<>();
    Set<Integer> candidates = new HashSet<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      if (looksLikeName(line) && !lines.get(i + 1).isBlank()) {
        candidates.add(i);
        counts.merge(line.strip(), 1, Integer::sum);
      }
    }
    Set<Integer> labels = new HashSet<>();
    int repeated = 0;
    for (int i : candidates) {
      if (counts.get(lines.get(i).strip()) >= 2) {
        repeated++;
      }
    }
    for (int i : candidates) {
      boolean vouched = afterTime[i];
      boolean repeats = repeated >= MIN_LINES && counts.get(lines.get(i).strip()) >= 2;
      if (vouched || repeats) {
        labels.add(i);
      }
    }
    return labels;
  }
}
