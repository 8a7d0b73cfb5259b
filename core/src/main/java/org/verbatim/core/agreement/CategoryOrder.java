package org.verbatim.core.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.InvalidInputException;

/**
 * The order of a study's categories for the weighted (ordinal) measures: the order the user gave,
 * or, when none was given and every category is a number, numeric order. Weights use a category's
 * rank in this order (1, 2, …, q), so the distance between neighbours is always one step whatever
 * the labels say.
 *
 * @param categories every category in order; may include categories nobody used, which then count
 *     in {@code q}
 */
public record CategoryOrder(List<String> categories) {

  public CategoryOrder {
    categories = List.copyOf(categories);
    if (new HashSet<>(categories).size() != categories.size()) {
      throw new InvalidInputException("a category is listed twice in the category order");
    }
  }

  /**
   * The order for {@code study}: {@code given} when present, else numeric order when every category
   * is a number.
   *
   * @throws InvalidInputException when a category of the data is missing from the given order
   * @throws UndefinedStatisticException when no order is given and some category is not a number
   */
  public static CategoryOrder of(UnitStudy study, Optional<List<String>> given) {
    if (given.isPresent()) {
      CategoryOrder order = new CategoryOrder(given.get().stream().map(String::strip).toList());
      Set<String> known = new HashSet<>(order.categories);
      for (String c : study.categories()) {
        if (!known.contains(c)) {
          throw new InvalidInputException(
              "category '"
                  + c
                  + "' occurs in the data but not in the category order "
                  + String.join(",", order.categories));
        }
      }
      return order;
    }
    List<String> sorted = new ArrayList<>(study.categories());
    for (String c : sorted) {
      if (!isNumber(c)) {
        throw new UndefinedStatisticException(
            "the weighted measures need the order of the categories; '"
                + c
                + "' is not a number, so give the order explicitly");
      }
    }
    sorted.sort((a, b) -> new BigDecimal(a).compareTo(new BigDecimal(b)));
    return new CategoryOrder(sorted);
  }

  /** Rank (0-based) of each of {@code study}'s categories, indexed as the study indexes them. */
  int[] ranks(UnitStudy study) {
    int[] ranks = new int[study.categories().size()];
    for (int c = 0; c < ranks.length; c++) {
      ranks[c] = categories.indexOf(study.categories().get(c));
    }
    return ranks;
  }

  /** Number of ordered categories {@code q}. */
  public int size() {
    return categories.size();
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s.strip().toLowerCase(Locale.ROOT));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
