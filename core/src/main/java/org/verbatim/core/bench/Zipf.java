package org.verbatim.core.bench;

import java.util.List;
import java.util.Random;

/** Picks list items with weight 1/rank, so the first items are common and the last ones rare. */
final class Zipf {
  private Zipf() {}

  static String pick(Random random, List<String> items) {
    double total = 0;
    for (int i = 0; i < items.size(); i++) {
      total += 1.0 / (i + 1);
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < items.size(); i++) {
      u -= 1.0 / (i + 1);
      if (u < 0) {
        return items.get(i);
      }
    }
    return items.get(items.size() - 1);
  }

  static String uniform(Random random, List<String> items) {
    return items.get(random.nextInt(items.size()));
  }
}
