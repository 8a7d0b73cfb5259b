package org.verbatim.core.agreement.internal;

/**
 * Per-unit value counts of unit data in compressed rows: unit {@code u} holds the distinct
 * categories {@code categories[offsets[u] .. offsets[u+1])} with their {@code counts}. Every
 * measure on unit data starts from these tallies.
 */
public final class UnitTallies {
  private final int[] offsets;
  private final int[] categories;
  private final int[] counts;
  private final int categoryCount;

  private UnitTallies(int[] offsets, int[] categories, int[] counts, int categoryCount) {
    this.offsets = offsets;
    this.categories = categories;
    this.counts = counts;
    this.categoryCount = categoryCount;
  }

  /**
   * Tallies a unit-major cell array ({@code cells[u * coders + c]} is a category index or -1 for
   * missing).
   */
  public static UnitTallies of(int[] cells, int units, int coders, int categoryCount) {
    int[] offsets = new int[units + 1];
    int[] cats = new int[cells.length];
    int[] cnts = new int[cells.length];
    int size = 0;
    for (int u = 0; u < units; u++) {
      offsets[u] = size;
      int base = u * coders;
      for (int c = 0; c < coders; c++) {
        int value = cells[base + c];
        if (value < 0) {
          continue;
        }
        int found = -1;
        for (int k = offsets[u]; k < size; k++) {
          if (cats[k] == value) {
            found = k;
            break;
          }
        }
        if (found >= 0) {
          cnts[found]++;
        } else {
          cats[size] = value;
          cnts[size] = 1;
          size++;
        }
      }
    }
    offsets[units] = size;
    return new UnitTallies(offsets, cats, cnts, categoryCount);
  }

  public int units() {
    return offsets.length - 1;
  }

  public int categoryCount() {
    return categoryCount;
  }

  /** Index of the first (category, count) entry of unit {@code u}. */
  public int start(int u) {
    return offsets[u];
  }

  /** One past the last (category, count) entry of unit {@code u}. */
  public int end(int u) {
    return offsets[u + 1];
  }

  public int category(int entry) {
    return categories[entry];
  }

  public int count(int entry) {
    return counts[entry];
  }

  /** Number of values (non-missing cells) in unit {@code u}. */
  public int values(int u) {
    int sum = 0;
    for (int k = offsets[u]; k < offsets[u + 1]; k++) {
      sum += counts[k];
    }
    return sum;
  }
}
