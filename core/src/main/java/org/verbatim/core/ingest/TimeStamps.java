package org.verbatim.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time stamps transcription services and oral-history transcripts put at the start of a
 * turn and removes them from the line, keeping the time: {@code [00:01:23]}, {@code (01:23)},
 * {@code 00:01:23 –}, {@code 0:00:03.450 --> 0:00:05.120} (a Teams caption range), a margin time in
 * minutes and seconds ({@code 0.39 My name is …}), and a time after a name on a heading line
 * ({@code Speaker 1 00:01:23}, as Otter and Teams write them).
 *
 * <p>Each kind counts only when the document uses it on several lines ({@value #MIN_LINES} or more;
 * the margin kind needs {@value #MIN_MARGIN_LINES} lines that mostly count upwards), so that "10:30
 * we met" in running prose stays text.
 */
final class TimeStamps {
  static final int MIN_LINES = 2;
  static final int MIN_MARGIN_LINES = 3;

  private static final String TIME = "(?:\\d{1,2}:)?\\d{1,2}:\\d{1,2}(?:[.,]\\d{1,3})?";
  private static final Pattern LEADING =
      Pattern.compile(
          "^[ \\t]*(?:\\[(?<b>"
              + TIME
              + ")]|\\((?<p>"
              + TIME
              + ")\\)|(?<t>"
              + TIME
              + ")(?:[ \\t]*-->[ \\t]*"
              + TIME
              + ")?)(?:[ \\t]*[–—-][ \\t]*|[ \\t]+|$)");
  private static final Pattern MARGIN =
      Pattern.compile("^[ \\t]*(?<m>\\d{1,3})\\.(?<s>[0-5]\\d)(?:[ \\t]+|$)");
  private static final Pattern HEAD =
      Pattern.compile(
          "^[ \\t]*(?<name>[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.'’ \\-]{0,39}?)[ \\t]+(?:\\[(?<b>"
              + TIME
              + ")]|\\((?<p>"
              + TIME
              + ")\\)|(?<t>"
              + TIME
              + "))[ \\t]*$");

  private static final Pattern ALONE =
      Pattern.compile(
          "\\[" + TIME + "]|\\(" + TIME + "\\)|" + TIME + "(?:[ \\t]*-->[ \\t]*" + TIME + ")?");

  private TimeStamps() {}

  /** Whether {@code text} is a time stamp and nothing else (a table cell holding the time). */
  static boolean isTime(String text) {
    return ALONE.matcher(text.strip()).matches();
  }

  /**
   * One line with its time stamp removed.
   *
   * @param text the line without the stamp (the name alone for a heading line)
   * @param millis the time, when the line had one
   * @param head whether the line was a name with a time after it: the name is a speaker label
   */
  record Stamped(String text, Optional<Long> millis, boolean head) {
    static Stamped plain(String line) {
      return new Stamped(line, Optional.empty(), false);
    }
  }

  /** Each of {@code lines}, with the stamps the document uses consistently removed. */
  static List<Stamped> strip(List<String> lines) {
    int leading = 0;
    int heads = 0;
    List<Long> margins = new ArrayList<>();
    for (String line : lines) {
      if (LEADING.matcher(line).lookingAt()) {
        leading++;
      } else if (HEAD.matcher(line).matches()) {
        heads++;
      } else {
        Matcher m = MARGIN.matcher(line);
        if (m.lookingAt()) {
          margins.add(marginMillis(m));
        }
      }
    }
    boolean useLeading = leading >= MIN_LINES;
    boolean useHeads = heads >= MIN_LINES;
    boolean useMargins = margins.size() >= MIN_MARGIN_LINES && mostlyRising(margins);
    List<Stamped> out = new ArrayList<>(lines.size());
    int margin = 0;
    for (String line : lines) {
      Stamped s = strip(line, useLeading, useHeads, useMargins);
      if (useMargins) {
        // the lines of a paragraph sit in the column after the margin times: drop that indent
        if (s.millis().isPresent()) {
          margin = line.length() - s.text().length();
        } else {
          s = Stamped.plain(dropIndent(line, margin));
        }
      }
      out.add(s);
    }
    return out;
  }

  private static Stamped strip(
      String line, boolean useLeading, boolean useHeads, boolean useMargins) {
    if (useLeading) {
      Matcher m = LEADING.matcher(line);
      if (m.lookingAt()) {
        return new Stamped(line.substring(m.end()), Optional.of(millis(m)), false);
      }
    }
    if (useHeads) {
      Matcher m = HEAD.matcher(line);
      if (m.matches() && m.group("name").codePoints().anyMatch(Character::isLetter)) {
        return new Stamped(m.group("name").strip(), Optional.of(millis(m)), true);
      }
    }
    if (useMargins) {
      Matcher m = MARGIN.matcher(line);
      if (m.lookingAt()) {
        return new Stamped(line.substring(m.end()), Optional.of(marginMillis(m)), false);
      }
    }
    return Stamped.plain(line);
  }

  private static String dropIndent(String line, int column) {
    int i = 0;
    while (i < line.length() && i < column && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(i);
  }

  private static boolean mostlyRising(List<Long> times) {
    int rising = 0;
    for (int i = 1; i < times.size(); i++) {
      if (times.get(i) >= times.get(i - 1)) {
        rising++;
      }
    }
    return rising >= 0.8 * (times.size() - 1);
  }

  private static long marginMillis(Matcher m) {
    return (Long.parseLong(m.group("m")) * 60 + Long.parseLong(m.group("s"))) * 1000;
  }

  private static long millis(Matcher m) {
    String time =
        m.group("b") != null ? m.group("b") : m.group("p") != null ? m.group("p") : m.group("t");
    return parse(time);
  }

  /** {@code h:mm:ss.fff}, {@code mm:ss} and the like, in milliseconds. */
  static long parse(String time) {
    String[] fraction = time.split("[.,]", 2);
    String[] parts = fraction[0].split(":");
    long seconds = 0;
    for (String p : parts) {
      seconds = seconds * 60 + Long.parseLong(p);
    }
    long millis = seconds * 1000;
    if (fraction.length == 2) {
      String f = (fraction[1] + "00").substring(0, 3);
      millis += Long.parseLong(f);
    }
    return millis;
  }
}
