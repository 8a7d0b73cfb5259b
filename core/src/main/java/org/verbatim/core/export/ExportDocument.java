package org.verbatim.core.export;

import java.util.List;

/**
 * What one export writes: a title and one or more tables (one XLSX sheet, one DOCX section, one
 * HTML table each), with the facts that state how it was made (layer, date, options).
 */
public record ExportDocument(String title, List<String> facts, List<ExportTable> tables) {
  public ExportDocument {
    facts = List.copyOf(facts);
    tables = List.copyOf(tables);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("an export needs at least one table");
    }
    if (tables.stream().map(ExportTable::name).distinct().count() != tables.size()) {
      throw new IllegalArgumentException("table names must be distinct");
    }
  }

  /**
   * This document with every text (title, facts, headers, cells, notes) passed through {@code
   * filter}; numbers stay numbers.
   */
  public ExportDocument filtered(TextFilter filter) {
    if (!filter.active()) {
      return this;
    }
    return new ExportDocument(
        filter.apply(title),
        facts.stream().map(filter::apply).toList(),
        tables.stream().map(t -> t.filtered(filter)).toList());
  }

  public static ExportDocument of(ExportTable table, List<String> facts) {
    return new ExportDocument(table.title(), facts, List.of(table));
  }
}
