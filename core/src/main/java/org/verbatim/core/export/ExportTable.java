package org.verbatim.core.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One table of an export, independent of the format it is written in: a title ("Table 2. Themes and
 * subthemes"), typed columns, rows of cells and notes printed under it. Every writer renders this
 * same model, so the formats agree.
 *
 * @param name a short name (an XLSX sheet name), at most 31 characters
 */
public record ExportTable(
    String title, String name, List<Column> columns, List<Row> rows, List<String> notes) {
  /** Wide tables (more columns than this) are laid out in landscape in DOCX. */
  public static final int PORTRAIT_COLUMNS = 5;

  public ExportTable {
    columns = List.copyOf(columns);
    // streamed rows are made while a writer reads them, and checked then
    boolean streamed = rows instanceof StreamedRows;
    rows = streamed ? rows : List.copyOf(rows);
    notes = List.copyOf(notes);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    if (name.isBlank() || name.length() > 31) {
      throw new IllegalArgumentException("table name must have 1 to 31 characters: " + name);
    }
    for (Row row : streamed ? List.<Row>of() : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "row has " + row.cells().size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  /** Whether the table is laid out in landscape where a page has an orientation. */
  public boolean wide() {
    return columns.size() > PORTRAIT_COLUMNS;
  }

  /** This table with every text passed through {@code filter}; the sheet name is kept short. */
  ExportTable filtered(TextFilter filter) {
    String shortName = filter.apply(name);
    return new ExportTable(
        filter.apply(title),
        shortName.length() > 31 ? shortName.substring(0, 31) : shortName,
        columns.stream().map(c -> new Column(filter.apply(c.header()), c.kind())).toList(),
        rows.stream()
            .map(
                r ->
                    new Row(
                        r.cells().stream()
                            .map(c -> c instanceof Text t ? Cell.text(filter.apply(t.text())) : c)
                            .toList(),
                        r.level()))
            .toList(),
        notes.stream().map(filter::apply).toList());
  }

  /** The column headers in order. */
  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  /** What a column holds; numbers are written as numbers where the format has them. */
  public enum Kind {
    TEXT,
    /** Whole numbers (counts). */
    INTEGER,
    /** Decimal numbers, shown with two decimals. */
    DECIMAL,
    /** Shares from 0 to 1, shown as percentages with one decimal. */
    PERCENT;

    /** The number as text formats show it ("12", "3.47", "41.7%"). */
    public String format(double value) {
      String text =
          switch (this) {
            case INTEGER -> String.format(Locale.ROOT, "%d", Math.round(value));
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case DECIMAL, TEXT -> String.format(Locale.ROOT, "%.2f", value);
          };
      // -0.00 says nothing that 0.00 does not
      return text.startsWith("-") && text.matches("-[0.]*%?") ? text.substring(1) : text;
    }
  }

  /** A column: its header and kind. */
  public record Column(String header, Kind kind) {
    public static Column text(String header) {
      return new Column(header, Kind.TEXT);
    }

    public static Column integer(String header) {
      return new Column(header, Kind.INTEGER);
    }
  }

  /** One row. {@code level} indents the first cell (0 for a theme, 1 for a subtheme, …). */
  public record Row(List<Cell> cells, int level) {
    public Row {
      cells = List.copyOf(cells);
      if (level < 0) {
        throw new IllegalArgumentException("level must be >= 0");
      }
    }

    public static Row of(Cell... cells) {
      return new Row(List.of(cells), 0);
    }
  }

  /** A cell: text (paragraphs separated by {@code \n}), a number, or nothing. */
  public sealed interface Cell {
    static Cell text(String text) {
      return new Text(text);
    }

    static Cell number(double value) {
      return new Number(value, Optional.empty());
    }

    /** A number shown as {@code kind} whatever its column's kind (a mean in a column of counts). */
    static Cell number(double value, Kind kind) {
      return new Number(value, Optional.of(kind));
    }

    static Cell empty() {
      return Empty.INSTANCE;
    }

    /** The cell as text formats show it, numbers formatted for {@code kind}. */
    default String display(Kind kind) {
      if (this instanceof Text t) {
        return t.text();
      }
      if (this instanceof Number n) {
        return n.kind().orElse(kind).format(n.value());
      }
      return "";
    }
  }

  /** Text; {@code \n} separates paragraphs. */
  public record Text(String text) implements Cell {}

  /** A number, written typed where the format allows; {@code kind} overrides the column's. */
  public record Number(double value, Optional<Kind> kind) implements Cell {
    public Number {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a cell number must be finite, was " + value);
      }
    }
  }

  /** No value. */
  public enum Empty implements Cell {
    INSTANCE
  }
}
