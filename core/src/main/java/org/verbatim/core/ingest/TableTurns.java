package org.verbatim.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Finds speaker turns in a Word table, as transcription services lay them out: a turn per row,
 * either a name cell and a speech cell (after an optional time cell: {@code 00:01:23 | Dan | So…}),
 * or one cell starting with a bold name ({@link BoldNames}). A row is written as a label line
 * ({@code 00:01:23 Dan: So…}) so that {@link TranscriptLayout} finds the label and the time.
 */
final class TableTurns {
  private TableTurns() {}

  /** One cell of a row: its text on one line and its paragraphs. */
  record Cell(String text, List<XWPFParagraph> paragraphs) {}

  /**
   * The label lines of a table's rows (empty where a row is no turn), when at least {@value
   * BoldNames#MIN_PARAGRAPHS} rows and half of the non-blank ones are turns and some speaker has
   * more than one; otherwise none, since a table of names each used once is a list of details
   * ("Role | Nurse"), not a conversation.
   */
  static List<Optional<String>> labelled(List<List<Cell>> rows) {
    List<Optional<String>> out = new ArrayList<>();
    int found = 0;
    int nonBlank = 0;
    java.util.Set<String> speakers = new java.util.HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Cell> cells = rows.get(i).stream().filter(c -> !c.text().isBlank()).toList();
      Optional<RowTurn> turn = cells.isEmpty() ? Optional.empty() : row(cells, i == 0);
      Optional<String> line = turn.map(RowTurn::line);
      nonBlank += cells.isEmpty() ? 0 : 1;
      found += line.isPresent() ? 1 : 0;
      turn.ifPresent(t -> speakers.add(t.speaker()));
      out.add(line);
    }
    if (found < BoldNames.MIN_PARAGRAPHS || found * 2 < nonBlank || speakers.size() == found) {
      return rows.stream().map(r -> Optional.<String>empty()).toList();
    }
    return out;
  }

  /** A row that is a turn: its speaker and its label line. */
  private record RowTurn(String speaker, String line) {}

  private static Optional<RowTurn> row(List<Cell> cells, boolean first) {
    int k = 0;
    String time = "";
    if (cells.size() > 2 && TimeStamps.isTime(cells.get(0).text())) {
      time = cells.get(0).text().strip() + " ";
      k = 1;
    }
    if (cells.size() - k >= 2) {
      String label = cells.get(k).text().strip();
      String name = withoutColon(label);
      String speech = join(cells.subList(k + 1, cells.size()));
      boolean header = first && cells.stream().allMatch(c -> NameLines.looksLikeName(c.text()));
      if (!header && NameLines.looksLikeName(name)) {
        // a cell that is a label already keeps the tab its text always had
        return Optional.of(
            new RowTurn(name, time + (label.equals(name) ? name + ": " : label + "\t") + speech));
      }
      return Optional.empty();
    }
    Cell only = cells.get(k);
    if (only.paragraphs().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> head = BoldNames.labelled(only.paragraphs().get(0));
    if (head.isEmpty()) {
      return Optional.empty();
    }
    // BoldNames writes "Name: speech"; the name has no colon of its own
    String speaker = head.get().substring(0, head.get().indexOf(':'));
    StringBuilder line = new StringBuilder(time).append(head.get());
    for (XWPFParagraph p : only.paragraphs().subList(1, only.paragraphs().size())) {
      if (!p.getText().isBlank()) {
        line.append(' ').append(p.getText().strip());
      }
    }
    return Optional.of(new RowTurn(speaker, line.toString().replace('\n', ' ').replace('\t', ' ')));
  }

  private static String withoutColon(String name) {
    return name.endsWith(":") || name.endsWith("：") ? name.substring(0, name.length() - 1) : name;
  }

  private static String join(List<Cell> cells) {
    List<String> parts = new ArrayList<>();
    for (Cell c : cells) {
      parts.add(c.text().strip());
    }
    return String.join(" ", parts);
  }
}
