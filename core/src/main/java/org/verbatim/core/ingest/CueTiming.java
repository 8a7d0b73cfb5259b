package org.verbatim.core.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.model.InvalidInputException;

/** A cue's timing line ({@code 00:01:02.500 --> 00:01:04.000}) read into milliseconds. */
record CueTiming(long startMillis, long endMillis) {
  private static final String TIME = "(?:(\\d{1,5}):)?(\\d{1,2}):(\\d{1,2})[.,](\\d{1,3})";
  private static final Pattern LINE =
      Pattern.compile("[ \\t]*(" + TIME + ")[ \\t]+-->[ \\t]+(" + TIME + ")(?:[ \\t].*)?");
  // Group 1 is the start time, 2-5 its parts; group 6 the end time, 7-10 its parts.
  private static final int START_PARTS = 2;
  private static final int END_PARTS = 7;

  /** Whether {@code line} is meant as a timing line (it has an arrow), well-formed or not. */
  static boolean looksLikeTiming(String line) {
    return line.contains("-->");
  }

  /**
   * Reads a timing line; WebVTT cue settings after the end time are ignored. Both {@code .} and
   * {@code ,} are accepted before the milliseconds, and hours may be left out.
   *
   * @param where the file and cue, for messages ("talk.vtt: cue 3 (line 12)")
   * @throws InvalidInputException if the line does not parse, has minutes or seconds of 60 or more,
   *     or ends before it starts
   */
  static CueTiming parse(String line, String where) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      throw new InvalidInputException(
          where + ": cannot read the timing '" + line.strip() + "' (expected start --> end)");
    }
    long start = millis(m, START_PARTS);
    long end = millis(m, END_PARTS);
    if (start < 0 || end < 0) {
      throw new InvalidInputException(
          where + ": minutes or seconds of 60 or more in the timing '" + line.strip() + "'");
    }
    if (end < start) {
      throw new InvalidInputException(
          where + ": ends at " + format(end) + ", before it starts at " + format(start));
    }
    return new CueTiming(start, end);
  }

  /** Milliseconds of the time whose hour group is {@code first}, or -1 when out of range. */
  private static long millis(Matcher m, int first) {
    long hours = m.group(first) == null ? 0 : Long.parseLong(m.group(first));
    long minutes = Long.parseLong(m.group(first + 1));
    long seconds = Long.parseLong(m.group(first + 2));
    // "1,5" means 500 ms: the digits are a decimal fraction.
    String fraction = (m.group(first + 3) + "00").substring(0, 3);
    if (minutes >= 60 || seconds >= 60) {
      return -1;
    }
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Long.parseLong(fraction);
  }

  /** {@code hh:mm:ss.mmm}, for messages. */
  static String format(long millis) {
    return String.format(
        Locale.ROOT,
        "%02d:%02d:%02d.%03d",
        millis / 3_600_000,
        millis / 60_000 % 60,
        millis / 1000 % 60,
        millis % 1000);
  }
}
