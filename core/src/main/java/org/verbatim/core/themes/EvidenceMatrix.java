package org.verbatim.core.themes;

import java.util.List;
import java.util.Optional;

/**
 * A matrix of evidence: rows are codes or theme nodes, columns participants or the values of one
 * participant attribute, and each cell counts the row's participants or passages in the column.
 * {@code columnTotals} are the participants of each column in the whole project (the "of" of a
 * cell), {@code rowTotals} the row's count over all columns.
 *
 * @param attribute the attribute whose values are the columns; empty when columns are participants
 */
public record EvidenceMatrix(
    String layer,
    Measure measure,
    Optional<String> attribute,
    List<Row> rows,
    List<String> columns,
    List<Integer> columnTotals,
    List<List<Integer>> cells,
    List<Integer> rowTotals) {

  /** Column label of participants who lack the attribute. */
  public static final String NO_VALUE = "(none)";

  /**
   * A row: a code or a theme node, by id, with its name and depth (0 for top-level themes and for
   * codes).
   */
  public record Row(Kind kind, long id, String name, int depth) {}

  /** What a row is. */
  public enum Kind {
    CODE,
    THEME
  }

  public EvidenceMatrix {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    columnTotals = List.copyOf(columnTotals);
    cells = cells.stream().map(List::copyOf).toList();
    rowTotals = List.copyOf(rowTotals);
    if (cells.size() != rows.size() || columnTotals.size() != columns.size()) {
      throw new IllegalArgumentException("matrix shape does not match its rows and columns");
    }
  }

  public int cell(int row, int column) {
    return cells.get(row).get(column);
  }
}
