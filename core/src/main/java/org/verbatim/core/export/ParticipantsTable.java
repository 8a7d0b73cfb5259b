package org.verbatim.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.verbatim.core.export.ExportTable.Cell;
import org.verbatim.core.export.ExportTable.Column;
import org.verbatim.core.export.ExportTable.Kind;
import org.verbatim.core.export.ExportTable.Row;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;

/**
 * Table 1, the participants: for each attribute, overall and (optionally) split by one attribute's
 * values. An attribute is numeric when every value present reads as a number; it gets mean, SD (n −
 * 1), range and, on request, median and interquartile range ({@link Describe}). Any other attribute
 * is categorical: the count of each value (sorted) with its percentage. Percentages are of all
 * participants in the column, so a "Missing" row (participants without the attribute) makes each
 * attribute add up to 100%.
 */
public final class ParticipantsTable {
  /** The group of participants who lack the split attribute. */
  public static final String MISSING = "Missing";

  private ParticipantsTable() {}

  /**
   * Builds the table.
   *
   * @param by the attribute to split by, if any (it is then left out of the rows)
   * @param medianAndIqr whether numeric attributes also get median and IQR
   * @throws InvalidInputException if {@code by} names no attribute of these participants
   */
  public static ExportTable build(
      List<Participant> participants, Optional<String> by, boolean medianAndIqr) {
    Set<String> attributes = new TreeSet<>();
    participants.forEach(p -> attributes.addAll(p.attributes().keySet()));
    if (by.isPresent() && !attributes.contains(by.get())) {
      throw new InvalidInputException(
          "no participant attribute named '"
              + by.get()
              + "'"
              + (attributes.isEmpty()
                  ? "; the participants have no attributes"
                  : "; attributes are " + String.join(", ", attributes)));
    }
    by.ifPresent(attributes::remove);
    Map<String, List<Participant>> groups = new LinkedHashMap<>();
    groups.put("Overall", participants);
    if (by.isPresent()) {
      Map<String, List<Participant>> split = new TreeMap<>();
      List<Participant> missing = new ArrayList<>();
      for (Participant p : participants) {
        Optional<String> value = present(p, by.get());
        if (value.isPresent()) {
          split.computeIfAbsent(value.get(), k -> new ArrayList<>()).add(p);
        } else {
          missing.add(p);
        }
      }
      groups.putAll(split);
      if (!missing.isEmpty()) {
        groups.put(MISSING, missing);
      }
    }
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("Characteristic"));
    columns.add(Column.text("Category"));
    for (Map.Entry<String, List<Participant>> g : groups.entrySet()) {
      String name = by.isPresent() && !g.getKey().equals("Overall") ? g.getKey() : "Overall";
      columns.add(Column.integer(name + " n (N = " + g.getValue().size() + ")"));
      columns.add(new Column(name + " %", Kind.PERCENT));
    }
    List<Row> rows = new ArrayList<>();
    for (String attribute : attributes) {
      if (numeric(participants, attribute)) {
        numericRows(rows, attribute, groups.values(), medianAndIqr);
      } else {
        categoricalRows(rows, attribute, participants, groups.values());
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "N = "
            + participants.size()
            + " participants. Percentages are of the participants in each column; "
            + "Missing counts those without the attribute.");
    notes.add(
        "Numeric attributes: mean, standard deviation (n − 1) and range"
            + (medianAndIqr
                ? "; median and interquartile range (Q1–Q3, linear interpolation, Hyndman and Fan"
                    + " 1996 type 7)"
                : "")
            + ".");
    return new ExportTable(
        "Table 1. Participants" + by.map(b -> " by " + b.replace('_', ' ')).orElse(""),
        "Participants",
        columns,
        rows,
        notes);
  }

  private static void categoricalRows(
      List<Row> rows,
      String attribute,
      List<Participant> everyone,
      java.util.Collection<List<Participant>> groups) {
    Set<String> categories = new TreeSet<>();
    everyone.forEach(p -> present(p, attribute).ifPresent(categories::add));
    boolean first = true;
    for (String category : categories) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(first ? label(attribute) : ""));
      cells.add(Cell.text(category));
      for (List<Participant> group : groups) {
        long n =
            group.stream().filter(p -> present(p, attribute).equals(Optional.of(category))).count();
        cells.add(Cell.number(n));
        cells.add(share(n, group.size()));
      }
      rows.add(new Row(cells, 0));
      first = false;
    }
    missingRow(rows, attribute, groups, categories.isEmpty());
  }

  private static void numericRows(
      List<Row> rows,
      String attribute,
      java.util.Collection<List<Participant>> groups,
      boolean medianAndIqr) {
    List<String> statistics = new ArrayList<>(List.of("Mean", "SD", "Range"));
    if (medianAndIqr) {
      statistics.addAll(List.of("Median", "IQR"));
    }
    List<Optional<Describe>> described = new ArrayList<>();
    for (List<Participant> group : groups) {
      List<Double> values = new ArrayList<>();
      group.forEach(p -> present(p, attribute).ifPresent(v -> values.add(number(v))));
      described.add(values.isEmpty() ? Optional.empty() : Optional.of(Describe.of(values)));
    }
    for (int s = 0; s < statistics.size(); s++) {
      String statistic = statistics.get(s);
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(s == 0 ? label(attribute) : ""));
      cells.add(Cell.text(statistic));
      for (Optional<Describe> d : described) {
        cells.add(d.map(x -> value(x, statistic)).orElse(Cell.empty()));
        cells.add(Cell.empty());
      }
      rows.add(new Row(cells, 0));
    }
    missingRow(rows, attribute, groups, false);
  }

  private static Cell value(Describe d, String statistic) {
    return switch (statistic) {
      case "Mean" -> Cell.number(d.mean(), Kind.DECIMAL);
      case "SD" ->
          d.sd().isPresent() ? Cell.number(d.sd().getAsDouble(), Kind.DECIMAL) : Cell.empty();
      case "Range" -> Cell.text(plain(d.min()) + "–" + plain(d.max()));
      case "Median" -> Cell.number(d.median(), Kind.DECIMAL);
      case "IQR" -> Cell.text(plain(d.quantile(0.25)) + "–" + plain(d.quantile(0.75)));
      default -> throw new IllegalArgumentException(statistic);
    };
  }

  private static void missingRow(
      List<Row> rows,
      String attribute,
      java.util.Collection<List<Participant>> groups,
      boolean only) {
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.text(only ? label(attribute) : ""));
    cells.add(Cell.text(MISSING));
    for (List<Participant> group : groups) {
      long n = group.stream().filter(p -> present(p, attribute).isEmpty()).count();
      cells.add(Cell.number(n));
      cells.add(share(n, group.size()));
    }
    rows.add(new Row(cells, 0));
  }

  private static Cell share(long n, int of) {
    return of == 0 ? Cell.empty() : Cell.number((double) n / of);
  }

  /** Whether every present value of {@code attribute} reads as a number (and one is present). */
  static boolean numeric(List<Participant> participants, String attribute) {
    boolean any = false;
    for (Participant p : participants) {
      Optional<String> v = present(p, attribute);
      if (v.isPresent()) {
        any = true;
        if (!isNumber(v.get())) {
          return false;
        }
      }
    }
    return any;
  }

  static boolean isNumber(String text) {
    return text.strip().matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  }

  private static double number(String text) {
    return Double.parseDouble(text.strip());
  }

  /** A value that is there: blank counts as missing. */
  private static Optional<String> present(Participant p, String attribute) {
    return p.attribute(attribute).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** "years_experience" → "Years experience". */
  static String label(String attribute) {
    String spaced = attribute.replace('_', ' ').strip();
    return spaced.isEmpty()
        ? attribute
        : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }

  /** A number without a needless ".0" ("23", "12.5"). */
  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    String s = String.format(Locale.ROOT, "%.2f", value);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
