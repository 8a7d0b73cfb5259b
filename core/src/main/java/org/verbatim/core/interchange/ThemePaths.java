package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Theme paths as set names: REFI-QDA sets are flat, so a subtheme's set is named by its path from
 * the top theme, joined with " › " ("Access › Cost"); reading splits on the same separator.
 */
final class ThemePaths {
  static final String SEPARATOR = " › ";

  private ThemePaths() {}

  static String join(List<String> names) {
    return String.join(SEPARATOR, names);
  }

  /** The path's names; a name without the separator is a top-level theme. */
  static List<String> split(String setName) {
    List<String> out = new ArrayList<>();
    for (String part : setName.split(SEPARATOR, -1)) {
      out.add(part.isBlank() ? "(unnamed set)" : part.strip());
    }
    return out;
  }
}
