package org.verbatim.core.agreement.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.verbatim.core.agreement.Statistic;

/**
 * One section of an agreement report as a table, the shape every renderer (text, XLSX, HTML)
 * shares: a short {@code name} (sheet name), a {@code title}, typed columns and rows whose notes
 * say why a value is missing.
 */
public record ReportTable(String name, String title, List<Column> columns, List<Row> rows) {

  /**
   * @throws IllegalArgumentException when a row's cell count differs from the column count
   */
  public ReportTable {
    Objects.requireNonNull(name);
    Objects.requireNonNull(title);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "table '"
                + name
                + "': a row has "
                + row.cells().size()
                + " cells for "
                + columns.size()
                + " columns");
      }
    }
  }

  /** How a column's values are shown. */
  public enum Kind {
    /** Words. */
    TEXT,
    /** A whole number. */
    COUNT,
    /** A share in [0, 1], shown as a percentage. */
    PERCENT,
    /** A coefficient, shown with three decimals. */
    COEFFICIENT;

    /** {@code v} as this kind is shown in text; a value that rounds to zero shows no minus sign. */
    public String format(double v) {
      return switch (this) {
        case COUNT -> Long.toString(Math.round(v));
        case PERCENT -> String.format(Locale.ROOT, "%.1f%%", v * 100 + 0.0);
        case COEFFICIENT, TEXT -> {
          String s = String.format(Locale.ROOT, "%.3f", v);
          yield s.equals("-0.000") ? "0.000" : s;
        }
      };
    }
  }

  /**
   * A column; a {@code detail} column (e.g. the full code path) is left out of terminal text, where
   * width is scarce.
   */
  public record Column(String header, Kind kind, boolean detail) {
    public Column {
      Objects.requireNonNull(header);
      Objects.requireNonNull(kind);
    }

    public static Column of(String header, Kind kind) {
      return new Column(header, kind, false);
    }
  }

  /** A row; {@code indent} nests the first cell (subcodes under their parent). */
  public record Row(List<Cell> cells, List<String> notes, int indent) {
    public Row {
      cells = List.copyOf(cells);
      notes = List.copyOf(notes);
    }
  }

  /** A cell: text, a number, or neither (an undefined statistic, shown as "n/a"). */
  public record Cell(Optional<String> text, OptionalDouble number) {
    public Cell {
      Objects.requireNonNull(text);
      Objects.requireNonNull(number);
      if (text.isPresent() && number.isPresent()) {
        throw new IllegalArgumentException("a cell holds text or a number, not both");
      }
    }

    public static Cell text(String text) {
      return new Cell(Optional.of(text), OptionalDouble.empty());
    }

    public static Cell number(double value) {
      return new Cell(Optional.empty(), OptionalDouble.of(value));
    }

    /** The statistic's value, or an empty cell when it is undefined. */
    public static Cell of(Statistic statistic) {
      return new Cell(Optional.empty(), statistic.value());
    }

    /** True when the cell holds neither text nor a number. */
    public boolean missing() {
      return text.isEmpty() && number.isEmpty();
    }
  }
}
