package org.verbatim.core.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether the speaker labels found in a document are speaker labels at all, by how the
 * document uses them: a transcript names its speakers again and again, while running prose has the
 * odd "Note: …" or "Result: …" once.
 *
 * <p>The labels stand when some name labels two lines or more, when a name is a role word
 * ("Interviewer", "Q", "P03") or in capitals ("MODERATOR"), or when labelled lines make up at least
 * {@value #MIN_SHARE_PERCENT}% of the document's non-blank lines (a short exchange, "Interviewer:
 * …" / "P03: …"). Otherwise none of them is a speaker.
 */
final class LabelConsistency {
  static final int MIN_SHARE_PERCENT = 30;

  private static final Pattern ROLES =
      Pattern.compile(
          "(?i:interviewer|interviewee|respondent|participant|moderator|facilitator|narrator"
              + "|researcher|speaker(?: \\w+)?|q|a|i|r|p\\d+|問|问|答|訪談者|访谈者|受訪者|受访者)");

  private LabelConsistency() {}

  /**
   * Whether {@code speakers} (one entry per labelled line, in order) read as a transcript's labels
   * in a document of {@code nonBlankLines} non-blank lines.
   */
  static boolean consistent(List<String> speakers, int nonBlankLines) {
    if (speakers.isEmpty()) {
      return false;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String s : speakers) {
      counts.merge(s, 1, Integer::sum);
    }
    if (counts.values().stream().anyMatch(c -> c >= 2)
        || counts.keySet().stream().anyMatch(LabelConsistency::isRole)) {
      return true;
    }
    return speakers.size() >= 2 && speakers.size() * 100 >= MIN_SHARE_PERCENT * nonBlankLines;
  }

  /** A name that only ever labels a speaker: a role word, or a name in capitals ("MODERATOR"). */
  static boolean isRole(String speaker) {
    String s = speaker.strip();
    if (ROLES.matcher(s).matches()) {
      return true;
    }
    return s.length() >= 2
        && s.codePoints().filter(Character::isLetter).count() >= 2
        && s.equals(s.toUpperCase(Locale.ROOT))
        && !s.equals(s.toLowerCase(Locale.ROOT));
  }

  /** Whether a single name labels every line: the unlabelled text is someone else's. */
  static boolean singleSpeaker(List<String> speakers) {
    return !speakers.isEmpty() && speakers.stream().distinct().count() == 1;
  }
}
