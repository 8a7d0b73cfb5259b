package org.verbatim.core.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.agreement.internal.UnitTallies;
import org.verbatim.core.model.InvalidInputException;

/**
 * Read-only unit reliability data: coders × units, each cell a category or missing. Categories are
 * kept in order of first appearance (declared categories first); measures that need numbers parse
 * the category text.
 */
public final class UnitStudy {
  private final List<String> coders;
  private final List<String> categories;
  private final int units;
  private final int[] cells;
  private final UnitTallies tallies;

  private UnitStudy(List<String> coders, List<String> categories, int units, int[] cells) {
    this.coders = List.copyOf(coders);
    this.categories = List.copyOf(categories);
    this.units = units;
    this.cells = cells;
    this.tallies = UnitTallies.of(cells, units, coders.size(), categories.size());
  }

  /** Starts a study whose coders are named {@code coders} (distinct, non-blank). */
  public static Builder builder(List<String> coders) {
    return new Builder(coders);
  }

  /**
   * Builds a study from a units × coders array; a {@code null} cell is a missing value.
   *
   * @throws InvalidInputException if a row's length differs from the number of coders
   */
  public static UnitStudy of(List<String> coders, @Nullable String[][] unitsByCoders) {
    Builder builder = builder(coders);
    for (@Nullable String[] row : unitsByCoders) {
      builder.addUnit(row);
    }
    return builder.build();
  }

  /**
   * Builds a study from category indexes without going through text: {@code cells[u * coders + c]}
   * is coder c's index into {@code categories} for unit u, or -1 when missing. Meant for adapters
   * that already hold codes as numbers (e.g. one binary study per code).
   *
   * @throws InvalidInputException when the cell count is not a multiple of the coder count or an
   *     index is out of range
   */
  public static UnitStudy fromIndexes(List<String> coders, List<String> categories, int[] cells) {
    new Builder(coders); // validates the coder names
    if (categories.size() != new java.util.HashSet<>(categories).size()) {
      throw new InvalidInputException("a category is listed twice");
    }
    if (coders.isEmpty() || cells.length % coders.size() != 0) {
      throw new InvalidInputException(
          cells.length + " cells do not divide into rows of " + coders.size() + " coders");
    }
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] < -1 || cells[i] >= categories.size()) {
        throw new InvalidInputException(
            "cell "
                + i
                + " holds category index "
                + cells[i]
                + ", outside 0.."
                + (categories.size() - 1));
      }
    }
    return new UnitStudy(coders, categories, cells.length / coders.size(), cells.clone());
  }

  public List<String> coders() {
    return coders;
  }

  /** Categories in order of first appearance (declared ones first). */
  public List<String> categories() {
    return categories;
  }

  public int unitCount() {
    return units;
  }

  public int coderCount() {
    return coders.size();
  }

  /** The category coder {@code coder} gave unit {@code unit} (both 0-based), if any. */
  public Optional<String> value(int unit, int coder) {
    Objects.checkIndex(unit, units);
    Objects.checkIndex(coder, coders.size());
    int v = cells[unit * coders.size() + coder];
    return v < 0 ? Optional.empty() : Optional.of(categories.get(v));
  }

  /** Category index of a cell, -1 when missing; for the measures of this package. */
  int cell(int unit, int coder) {
    return cells[unit * coders.size() + coder];
  }

  UnitTallies tallies() {
    return tallies;
  }

  /**
   * Index of the coder named {@code name}.
   *
   * @throws InvalidInputException naming the known coders
   */
  public int coderIndex(String name) {
    int index = coders.indexOf(name);
    if (index < 0) {
      throw new InvalidInputException(
          "unknown coder '" + name + "'; coders are " + String.join(", ", coders));
    }
    return index;
  }

  /** Collects units one at a time; not thread-safe. */
  public static final class Builder {
    private final List<String> coders;
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    private final List<String> categories = new ArrayList<>();
    private int[] cells = new int[64];
    private int units;

    private Builder(List<String> coders) {
      Set<String> seen = new LinkedHashSet<>();
      for (String coder : coders) {
        if (coder == null || coder.isBlank()) {
          throw new InvalidInputException("a coder name is empty");
        }
        if (!seen.add(coder)) {
          throw new InvalidInputException("coder '" + coder + "' is named twice");
        }
      }
      this.coders = List.copyOf(coders);
    }

    /**
     * Declares categories that coders could choose even if nobody did; they count for the measures
     * whose chance term depends on the number of categories (Brennan–Prediger, AC1).
     */
    public Builder declareCategories(Collection<String> declared) {
      declared.forEach(this::indexOf);
      return this;
    }

    /** Adds one unit; {@code values[c]} is coder c's category, or null/blank when missing. */
    public Builder addUnit(@Nullable String... values) {
      if (values.length != coders.size()) {
        throw new InvalidInputException(
            "unit "
                + (units + 1)
                + " has "
                + values.length
                + " values but there are "
                + coders.size()
                + " coders");
      }
      int base = units * coders.size();
      if (base + coders.size() > cells.length) {
        cells = java.util.Arrays.copyOf(cells, Math.max(cells.length * 2, base + coders.size()));
      }
      for (int c = 0; c < values.length; c++) {
        String value = values[c];
        cells[base + c] = value == null || value.isBlank() ? -1 : indexOf(value.strip());
      }
      units++;
      return this;
    }

    /** Adds one unit given as optional values in coder order. */
    public Builder addUnit(List<Optional<String>> values) {
      return addUnit(values.stream().map(v -> v.orElse(null)).toArray(String[]::new));
    }

    public UnitStudy build() {
      return new UnitStudy(
          coders, categories, units, java.util.Arrays.copyOf(cells, units * coders.size()));
    }

    private int indexOf(String category) {
      return categoryIndex.computeIfAbsent(
          category,
          c -> {
            categories.add(c);
            return categories.size() - 1;
          });
    }
  }
}
