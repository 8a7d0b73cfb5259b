package org.verbatim.core.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what repeats on the pages of a PDF rather than belonging to the text: running headers and
 * footers (the same line, numbers aside, among the first or last {@value #EDGE} lines of at least
 * half the pages, and at least two pages), page numbers ("- 3 -", "Page 3 of 9", "3/9") at the top
 * or bottom of a page, and lines that hold nothing but a number anywhere (page numbers, and the
 * margin numbers of empty lines in line-numbered transcripts).
 */
final class PdfPageFurniture {
  static final int EDGE = 2;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)[ \\t]*(?:\\d{1,5}[ \\t]+)?(?:-[ \\t]*)?(?:page[ \\t]+)?\\d{1,4}(?:[ \\t]*(?:/|of)[ \\t]*\\d{1,4})?(?:[ \\t]*-)?[ \\t]*");
  private static final Pattern BARE_NUMBER = Pattern.compile("[ \\t]*\\d{1,5}[ \\t]*");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private PdfPageFurniture() {}

  /** The pages' lines without furniture, pages joined in order. */
  static List<String> strip(List<String> pages) {
    List<List<String>> lines = new ArrayList<>();
    Map<String, Integer> edgeCounts = new HashMap<>();
    for (String page : pages) {
      List<String> pageLines = new ArrayList<>();
      for (String line : page.split("\n", -1)) {
        // margin numbers of empty lines and page numbers: a bare number is never a transcript line
        if (!BARE_NUMBER.matcher(line).matches()) {
          pageLines.add(line);
        }
      }
      while (!pageLines.isEmpty() && pageLines.get(pageLines.size() - 1).isBlank()) {
        pageLines.remove(pageLines.size() - 1);
      }
      lines.add(pageLines);
      for (int i : edgeIndexes(pageLines)) {
        edgeCounts.merge(key(pageLines.get(i)), 1, Integer::sum);
      }
    }
    int pagesWithText = (int) lines.stream().filter(l -> !l.isEmpty()).count();
    List<String> out = new ArrayList<>();
    for (List<String> pageLines : lines) {
      List<Integer> edges = edgeIndexes(pageLines);
      for (int i = 0; i < pageLines.size(); i++) {
        String line = pageLines.get(i);
        if (edges.contains(i) && isFurniture(line, edgeCounts, pagesWithText)) {
          continue;
        }
        out.add(line);
      }
    }
    return out;
  }

  private static boolean isFurniture(String line, Map<String, Integer> counts, int pages) {
    if (PAGE_NUMBER.matcher(line).matches()) {
      return true;
    }
    int count = counts.getOrDefault(key(line), 0);
    return pages >= 2 && count >= 2 && count * 2 >= pages;
  }

  /** The first and last {@link #EDGE} non-blank lines of a page. */
  private static List<Integer> edgeIndexes(List<String> pageLines) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < pageLines.size(); i++) {
      if (!pageLines.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    List<Integer> edges = new ArrayList<>();
    for (int k = 0; k < nonBlank.size(); k++) {
      if (k < EDGE || k >= nonBlank.size() - EDGE) {
        edges.add(nonBlank.get(k));
      }
    }
    return edges;
  }

  private static String key(String line) {
    return DIGITS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#");
  }
}
