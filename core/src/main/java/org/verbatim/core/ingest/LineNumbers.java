package org.verbatim.core.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the line numbers that transcripts exported for analysis put in the left margin ({@code 12
 * Dan: …}, as {@code pdftotext -layout} and many transcription tools write them).
 *
 * <p>A number at a line start is taken for a margin number only when the document as a whole is
 * laid out that way: at least {@value #MIN_LINES} numbered lines, most of them counting upwards,
 * most of them with the text in one of a few columns after a gap of two or more spaces (or a tab),
 * and numbered lines making up a good share of the text. A numbered list ("1 Read the task") has
 * single spaces and few lines, so it stays as it is. When the layout is found, the margin
 * indentation of the unnumbered continuation lines goes too.
 */
final class LineNumbers {
  static final int MIN_LINES = 5;

  /** Numbered lines needed when the gap after the numbers is a single space (PDF text). */
  static final int MIN_COUNTED_LINES = 20;

  // right-aligned margin numbers end by column 6; a deeper number is wrapped text ("     20 of")
  private static final Pattern NUMBERED =
      Pattern.compile("^\\f?(?=[ \\t\\d]{0,5}\\d(?:[ \\t]|$))[ \\t]{0,4}(\\d{1,5})([ \\t]+|$)");

  private LineNumbers() {}

  /** {@code lines} without margin numbers, or {@code lines} itself when they have none. */
  static List<String> strip(List<String> lines) {
    List<Integer> numbers = new ArrayList<>();
    Map<Integer, Integer> columns = new HashMap<>();
    int wide = 0;
    int nonBlank = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      nonBlank++;
      Matcher m = NUMBERED.matcher(line);
      if (m.lookingAt()) {
        numbers.add(Integer.parseInt(m.group(1)));
        if (m.end() < line.length()) {
          columns.merge(column(m, line), 1, Integer::sum);
          String gap = m.group(2);
          if (gap.length() >= 2 || gap.contains("\t")) {
            wide++;
          }
        } else {
          wide++;
        }
      }
    }
    Mode mode = mode(numbers, columns, wide, nonBlank);
    if (mode == Mode.NONE) {
      return lines;
    }
    Set<Integer> margins = marginColumns(columns);
    List<String> out = new ArrayList<>(lines.size());
    int column = margins.stream().min(Integer::compare).orElse(0);
    int last = -1;
    for (String line : lines) {
      Matcher m = NUMBERED.matcher(line);
      // a number elsewhere than the margin ("     20 features" in a wrapped line) is text
      boolean margin =
          m.lookingAt()
              && (mode == Mode.COUNTING
                  ? last < 0 || isNext(Integer.parseInt(m.group(1)), last)
                  : margins.contains(column(m, line)) || m.end() == line.length());
      if (margin) {
        last = Integer.parseInt(m.group(1));
        column = m.end() == line.length() ? column : column(m, line);
        out.add(line.substring(m.end()));
      } else {
        out.add(dropIndent(line, column));
      }
    }
    return out;
  }

  /** Where the text after the number starts; a page break (form feed) takes no column. */
  private static int column(Matcher m, String line) {
    return line.startsWith("\f") ? m.end() - 1 : m.end();
  }

  /** Whether {@code n} continues the count after {@code last} (a few lines may have been lost). */
  private static boolean isNext(int n, int last) {
    return n > last && n <= last + 5;
  }

  /** The text columns that at least a tenth of the numbered lines use (pages may differ). */
  private static Set<Integer> marginColumns(Map<Integer, Integer> columns) {
    int withText = columns.values().stream().mapToInt(Integer::intValue).sum();
    Set<Integer> margins = new HashSet<>();
    columns.forEach(
        (column, count) -> {
          if (count * 10 >= withText) {
            margins.add(column);
          }
        });
    return margins;
  }

  /** How margin numbers are told from text: by their column, or by counting 1, 2, 3. */
  private enum Mode {
    NONE,
    COLUMNS,
    COUNTING
  }

  private static Mode mode(
      List<Integer> numbers, Map<Integer, Integer> columns, int wide, int nonBlank) {
    if (numbers.size() < MIN_LINES || numbers.size() < 0.3 * nonBlank) {
      return Mode.NONE;
    }
    int rising = 0;
    int counting = 0;
    for (int i = 1; i < numbers.size(); i++) {
      if (numbers.get(i) > numbers.get(i - 1)) {
        rising++;
      }
      if (numbers.get(i) == numbers.get(i - 1) + 1) {
        counting++;
      }
    }
    // a PDF text layer keeps one space of the margin gap: then the numbers must count 1, 2, 3
    // on most of the lines, and on more lines than a list of tasks has
    boolean countsLines =
        numbers.size() >= MIN_COUNTED_LINES
            && counting >= 0.9 * (numbers.size() - 1)
            && numbers.size() >= 0.5 * nonBlank;
    int withText = columns.values().stream().mapToInt(Integer::intValue).sum();
    int inMargin = marginColumns(columns).stream().mapToInt(columns::get).sum();
    if (rising >= 0.8 * (numbers.size() - 1)
        && wide >= 0.8 * numbers.size()
        && inMargin >= 0.8 * withText) {
      return Mode.COLUMNS;
    }
    return countsLines ? Mode.COUNTING : Mode.NONE;
  }

  /** Drops up to {@code column} characters of leading blanks (a tab counts as one). */
  private static String dropIndent(String line, int column) {
    int i = 0;
    while (i < line.length() && i < column && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(i);
  }
}
