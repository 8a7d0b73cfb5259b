package org.verbatim.core.export;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.verbatim.core.export.ExportTable.Row;

/**
 * A table's rows made on demand, in order, from a source that can start over: a table too large to
 * hold (100,000 coded segments with their texts) passes through a writer one document at a time.
 * Iterating reads the source once; {@link #get} reads forward from the last row it returned (and
 * starts over to go back), so a writer that walks the rows in order reads them once.
 */
final class StreamedRows extends AbstractList<Row> {
  /** Opens a fresh pass over the rows, the same rows in the same order each time. */
  @FunctionalInterface
  interface Source {
    Iterator<Row> open();
  }

  private final int size;
  private final int columns;
  private final Source source;
  private Iterator<Row> cursor = java.util.Collections.emptyIterator();
  private int next = Integer.MAX_VALUE;

  /**
   * @param size how many rows every pass yields
   * @param columns cells in every row
   */
  StreamedRows(int size, int columns, Source source) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    this.size = size;
    this.columns = columns;
    this.source = source;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<Row> iterator() {
    Iterator<Row> rows = source.open();
    return new Iterator<>() {
      private int made;

      @Override
      public boolean hasNext() {
        boolean more = rows.hasNext();
        if (more == (made >= size)) {
          throw new IllegalStateException(
              "streamed table promised "
                  + size
                  + " rows, its source gave "
                  + (more ? "more" : made));
        }
        return more;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        made++;
        return checked(rows.next());
      }
    };
  }

  @Override
  public synchronized Row get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("row " + index + " of " + size);
    }
    if (index < next) {
      cursor = iterator();
      next = 0;
    }
    while (next < index) {
      cursor.next();
      next++;
    }
    next++;
    return cursor.next();
  }

  private Row checked(Row row) {
    if (row.cells().size() != columns) {
      throw new IllegalArgumentException(
          "row has " + row.cells().size() + " cells for " + columns + " columns");
    }
    return row;
  }
}
