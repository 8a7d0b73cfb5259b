package org.verbatim.core.agreement.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.agreement.report.ReportTable.Cell;
import org.verbatim.core.agreement.report.ReportTable.Kind;
import org.verbatim.core.agreement.report.ReportTable.Row;

/**
 * Renders an agreement layout as plain text for a terminal: the head and definitions, then each
 * table with aligned columns (detail columns left out), "n/a" for an undefined value and, below the
 * table, why. The report's own Greek letters and symbols are spelt out (u-alpha, kappa, x) for any
 * terminal; names from the project are printed as they are.
 */
public final class AgreementTextView {
  private static final Pattern ALPHA = Pattern.compile("([|A-Za-z]*)α");
  private static final int NAMES_SHOWN = 5;

  private AgreementTextView() {}

  /** The whole report as text, ending with a line break. */
  public static String of(AgreementLayout layout) {
    StringBuilder out = new StringBuilder();
    out.append(layout.title()).append('\n');
    for (AgreementLayout.Fact fact : layout.facts()) {
      out.append(String.format(Locale.ROOT, "  %-20s %s%n", fact.label() + ":", fact.value()));
    }
    out.append("Definitions:\n");
    for (String line : layout.definitions()) {
      out.append("  - ").append(ascii(line)).append('\n');
    }
    for (ReportTable table : layout.tables()) {
      out.append('\n');
      table(out, table);
    }
    return out.toString().replace("\n", System.lineSeparator());
  }

  private static void table(StringBuilder out, ReportTable table) {
    out.append(ascii(table.title())).append(":\n");
    List<Integer> shown = new ArrayList<>();
    for (int c = 0; c < table.columns().size(); c++) {
      if (!table.columns().get(c).detail()) {
        shown.add(c);
      }
    }
    List<List<String>> lines = new ArrayList<>();
    List<String> header = new ArrayList<>();
    shown.forEach(c -> header.add(ascii(table.columns().get(c).header())));
    lines.add(header);
    for (Row row : table.rows()) {
      List<String> line = new ArrayList<>();
      for (int c : shown) {
        String text = format(table.columns().get(c).kind(), row.cells().get(c));
        line.add(c == shown.get(0) ? "  ".repeat(row.indent()) + text : text);
      }
      lines.add(line);
    }
    int[] width = new int[shown.size()];
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        width[i] = Math.max(width[i], line.get(i).length());
      }
    }
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder("  ");
      for (int i = 0; i < line.size(); i++) {
        boolean left = table.columns().get(shown.get(i)).kind() == Kind.TEXT;
        String cell = line.get(i);
        String pad = " ".repeat(width[i] - cell.length());
        text.append(left ? cell + pad : pad + cell);
        if (i + 1 < line.size()) {
          text.append("  ");
        }
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    notes(out, table);
  }

  /** Each distinct note once, with the rows it applies to ("all rows" when it is every row). */
  private static void notes(StringBuilder out, ReportTable table) {
    Map<String, List<String>> rowsByNote = new LinkedHashMap<>();
    for (Row row : table.rows()) {
      String name = row.cells().get(0).text().orElse("");
      for (String note : row.notes()) {
        rowsByNote.computeIfAbsent(note, x -> new ArrayList<>()).add(name);
      }
    }
    if (rowsByNote.isEmpty()) {
      return;
    }
    out.append("  n/a means undefined for these data:\n");
    rowsByNote.forEach(
        (note, names) -> {
          String who;
          if (names.size() == table.rows().size() && names.size() > 1) {
            who = "all rows";
          } else if (names.size() > NAMES_SHOWN) {
            who =
                String.join(", ", names.subList(0, NAMES_SHOWN))
                    + " and "
                    + (names.size() - NAMES_SHOWN)
                    + " more";
          } else {
            who = String.join(", ", names);
          }
          out.append("    ").append(who).append(" - ").append(ascii(note)).append('\n');
        });
  }

  static String format(Kind kind, Cell cell) {
    if (cell.text().isPresent()) {
      return cell.text().get();
    }
    if (cell.number().isEmpty()) {
      return "n/a";
    }
    return kind.format(cell.number().getAsDouble());
  }

  /** Spells out the report's Greek letters and symbols. */
  static String ascii(String text) {
    Matcher m = ALPHA.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String prefix = m.group(1);
      m.appendReplacement(
          out, Matcher.quoteReplacement(prefix.isEmpty() ? "alpha" : prefix + "-alpha"));
    }
    m.appendTail(out);
    return out.toString().replace("κ", "kappa").replace("×", "x").replace("≥", ">=");
  }
}
