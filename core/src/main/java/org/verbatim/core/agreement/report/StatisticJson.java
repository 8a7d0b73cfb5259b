package org.verbatim.core.agreement.report;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.agreement.Statistic;

/**
 * Writes a {@link Statistic} into a JSON-ready map: its value or {@code null}, and, when it is
 * undefined, why, under a key of the reasons map. Shared by every agreement JSON view.
 */
public final class StatisticJson {
  private StatisticJson() {}

  /** The value, or {@code null} when the statistic is undefined. */
  public static @Nullable Double valueOrNull(Statistic s) {
    return s.value().isPresent() ? s.value().getAsDouble() : null;
  }

  /**
   * Puts {@code s} under {@code key}; its reason, if any, under the same key of {@code reasons}.
   */
  public static void put(
      Map<String, @Nullable Object> out, Map<String, String> reasons, String key, Statistic s) {
    put(out, reasons, key, s, key);
  }

  /** Puts {@code s} under {@code key}; its reason, if any, under {@code reasonKey}. */
  public static void put(
      Map<String, @Nullable Object> out,
      Map<String, String> reasons,
      String key,
      Statistic s,
      String reasonKey) {
    out.put(key, valueOrNull(s));
    s.reason().ifPresent(reason -> reasons.put(reasonKey, reason));
  }
}
